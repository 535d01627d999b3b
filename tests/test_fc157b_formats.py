"""Answer formats firstcontact157's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): Kotlin data classes with one value made of them, a Pony program whose functions return
the answer's fields, and an Azure Bicep parameters file (and template) with items and members one a line, each
rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _corbexil(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Corbexil")
    assert [b.label for b in x.brand_names] == ["Corbex", "Bladora"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "antimuscarinic"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Overactive bladder", None), ("Nocturia", None),
                                                          ("Interstitial cystitis", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dry mouth", "Frequent", False), ("Constipation", "Frequent", False), ("Urinary retention", "Serious", True)]
    assert ("blocks", "muscarinic M3 receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drive while taking it?", "Does it help at once?"]
    return x


_KOTLIN = "\n".join([
    "Below is the Corbexil card as Kotlin data classes.", "", "```kotlin", "// Corbexil card",
    'enum class Incidence(val label: String) { FREQUENT("Frequent"), SERIOUS("Serious") }', "",
    "enum class Licence { LICENSED, UNLICENSED }", "",
    "data class Indication(val disease: String, val licence: Licence = Licence.LICENSED, val comment: String? = null)",
    "data class Reaction(val effect: String, val incidence: Incidence)", "data class Qa(val q: String, val a: String)",
    "", "data class Card(", "    val inn: String,", "    val tradeNames: List<String>,", "    val pharmClass: String,",
    "    val indications: List<Indication>,", "    val notUsedIn: List<String> = emptyList(),",
    "    val reactions: List<Reaction>,", "    val getHelp: String,", "    val action: String,",
    "    val questions: List<Qa>,", ")", "", "val corbexilCard = Card(", "    // ----- Generic Name -----",
    '    inn = "Corbexil",', '    tradeNames = listOf("Corbex", "Bladora"),', '    pharmClass = "Antimuscarinic",', "",
    "    // ----- Usage -----", "    indications = listOf(", '        Indication("Overactive bladder"),',
    '        Indication("Nocturia", comment = "in adults who wake to pass urine"),',
    '        Indication("Interstitial cystitis", Licence.UNLICENSED, "to ease urgency"),', "    ),",
    '    notUsedIn = listOf("Narrow-angle glaucoma", "Myasthenia gravis"),', "",
    "    // ----- Side Effects -----", "    reactions = listOf(", '        Reaction("Dry mouth", Incidence.FREQUENT),',
    '        Reaction("Constipation", Incidence.FREQUENT),',
    '        Reaction("Urinary retention", Incidence.SERIOUS),', "    ),",
    '    getHelp = "Call a doctor if you cannot pass urine, " +', '        "have eye pain or chest pain.",', "",
    "    // ----- How it Works -----", '    action = """',
    "        Corbexil blocks muscarinic M3 receptors in the bladder wall,",
    "        so the bladder muscle contracts less often.", '    """.trimIndent(),', "",
    "    // ----- FAQs -----", "    questions = listOf(",
    '        Qa("Can I drive while taking it?", "Yes, unless it blurs your vision."),',
    '        Qa("Does it help at once?", "It takes two to four weeks to work fully."),', "    ),", ")", "",
    "fun main() = println(corbexilCard)", "```", "", "Defaults keep the licensed indications short."])


def test_kotlin_data_classes_and_one_value_of_them() -> None:
    x = _corbexil(_KOTLIN)  # ('Incidence.FREQUENT': the enum's own string, "Frequent"; "Licence.UNLICENSED" given
    # by position to a parameter that names nothing but whose type is an enum: the use's status)
    assert "chest pain" in [s.label for s in x.serious_signs]  # ('"a " +' over '"b"': one string, labelled)
    out = formats.rewrite(_KOTLIN).split("\n")
    assert out[4:24] == [""] * 20  # (the enums and the data classes)
    assert out[36].startswith("It is not used for narrow-angle glaucoma")  # ("notUsedIn": a negation)
    assert out[-4:-2] == ["", ""]  # (the fence and "fun main()")


def test_a_markdown_answer_that_quotes_kotlin_is_left_alone() -> None:
    page = "## Usage\n\n- Overactive bladder\n\n## Side Effects\n\n- Dry mouth\n\nThe same in Kotlin:\n\n" + _KOTLIN
    assert formats.rewrite(page) == page
    assert formats._kotlin(page) != page  # (the reader itself would read it: the page's headings keep it out)


_PONY = "\n".join([
    "Here is the Corbexil card as a Pony program.", "", "```pony", "// Corbexil card", "primitive Licensed",
    "primitive Unlicensed", "type Licence is (Licensed | Unlicensed)", "", "primitive Frequent", "primitive Serious",
    "type Incidence is (Frequent | Serious)", "", "class val Indication", "  let disease: String",
    "  let licence: Licence", "  new val create(disease': String, licence': Licence = Licensed) =>",
    "    disease = disease'", "    licence = licence'", "", "  fun string(): String => disease", "",
    "class val Reaction", "  let effect: String", "  let incidence: Incidence",
    "  new val create(effect': String, incidence': Incidence) =>", "    effect = effect'",
    "    incidence = incidence'", "", "class val Qa", "  let q: String", "  let a: String",
    "  new val create(q': String, a': String) =>", "    q = q'", "    a = a'", "", "primitive CorbexilCard",
    "  // ----- Generic Name -----", '  fun inn(): String => "Corbexil"',
    '  fun trade_names(): Array[String] val => ["Corbex"; "Bladora"]',
    '  fun pharm_class(): String => "Antimuscarinic"', "", "  // ----- Usage -----",
    "  fun indications(): Array[Indication] val =>", "    recover val", "      [",
    '        Indication("Overactive bladder")', '        Indication("Nocturia")',
    '        Indication("Interstitial cystitis", Unlicensed)', "      ]", "    end", "",
    "  // ----- Side Effects -----", "  fun box reactions(): Array[Reaction] val =>", "    [",
    '      Reaction("Dry mouth", Frequent)', '      Reaction("Constipation", Frequent)',
    '      Reaction("Urinary retention", Serious)', "    ]", "",
    '  fun get_help(): String => "Call a doctor if you cannot pass urine, " +',
    '    "have eye pain or chest pain."', "", "  // ----- How it Works -----", "  fun action(): String =>", '    """',
    "    Corbexil blocks muscarinic M3 receptors in the bladder wall,",
    "    so the bladder muscle contracts less often.", '    """', "", "  // ----- FAQs -----",
    "  fun questions(): Array[Qa] val =>", "    [",
    '      Qa("Can I drive while taking it?", "Yes, unless it blurs your vision.")',
    '      Qa("Does it help at once?", "It takes two to four weeks to work fully.")', "    ]", "",
    "actor Main", "  new create(env: Env) =>", "    env.out.print(CorbexilCard.inn())", "```", "",
    "Only the unlicensed indication passes a licence."])


def test_a_pony_primitive_whose_functions_return_the_answer() -> None:
    x = _corbexil(_PONY)  # ("Unlicensed", a primitive of the union "Licence", given by position: the use's status;
    # "Frequent" the effect's group; "recover val" ... "end" around an array aside)
    assert "chest pain" in [s.label for s in x.serious_signs]
    out = formats.rewrite(_PONY).split("\n")
    assert out[4:36] == [""] * 32  # (the primitives, the classes and their "fun string()")
    assert out[-6:-2] == [""] * 4  # ("actor Main" and the fence)


_BICEP = "\n".join([
    "Here is the Corbexil card as a Bicep parameters file (`corbexil.bicepparam`).", "", "```bicep",
    "using './card.bicep'", "", "// ----- Generic Name -----", "param inn = 'Corbexil'", "param tradeNames = [",
    "  'Corbex'", "  'Bladora'", "]", "param pharmClass = 'Antimuscarinic'", "", "// ----- Usage -----",
    "param indications = [", "  {", "    disease: 'Overactive bladder'", "  }", "  {", "    disease: 'Nocturia'",
    "    comment: 'in adults who wake to pass urine'", "  }", "  {", "    disease: 'Interstitial cystitis'",
    "    offLabel: true", "  }", "]", "param notUsedIn = [", "  'Narrow-angle glaucoma'", "]", "",
    "// ----- Side Effects -----", "param adverseReactions = {", "  frequent: [", "    'Dry mouth'",
    "    'Constipation'", "  ]", "  serious: [", "    'Urinary retention'", "  ]", "}",
    "param getHelp = 'Call a doctor if you cannot pass urine, have eye pain or chest pain.'", "",
    "// ----- How it Works -----", "param action = '''", "Corbexil blocks muscarinic M3 receptors in the bladder wall,",
    "so the bladder muscle contracts less often.", "'''", "", "// ----- FAQs -----", "param questions = [", "  {",
    "    q: 'Can I drive while taking it?'", "    a: 'Yes, unless it blurs your vision. Don\\'t drive if it does.'",
    "  }", "  {", "    q: 'Does it help at once?'", "    a: 'It takes two to four weeks to work fully.'", "  }", "]",
    "```", "", "Bicep needs no commas between items."])


def test_a_bicep_parameters_file_with_items_one_a_line() -> None:
    x = _corbexil(_BICEP)  # ("'Dry mouth'" over "'Constipation'": two items, not one string)
    assert "chest pain" in [s.label for s in x.serious_signs]
    out = formats.rewrite(_BICEP).split("\n")
    assert out[3] == "" and out[-3] == ""  # ("using" and the fence)
    assert "Don't drive if it does." in out[53]  # ("\\'": a quote)


_BICEP_TEMPLATE = "\n".join([
    "The card as a Bicep template whose parameters carry defaults:", "", "```bicep", "targetScope = 'subscription'",
    "", "@description('The generic name')", "param inn string = 'Corbexil'", "@description('Brands')",
    "param tradeNames array = ['Corbex', 'Bladora']", "param pharmClass string = 'Antimuscarinic'",
    "param indications array = [", "  { disease: 'Overactive bladder' }", "  { disease: 'Nocturia' }",
    "  { disease: 'Interstitial cystitis', offLabel: true }", "]", "param adverseReactions object = {",
    "  frequent: ['Dry mouth', 'Constipation']", "  serious: ['Urinary retention']", "}",
    "param action string = 'Corbexil blocks muscarinic M3 receptors in the bladder wall.'",
    "param questions array = [",
    "  { q: 'Can I drive while taking it?', a: 'Yes, unless it blurs your vision.' }",
    "  { q: 'Does it help at once?', a: 'It takes two to four weeks to work fully.' }", "]", "",
    "output cardName string = inn", "```"])


def test_a_bicep_template_with_typed_parameters_and_decorators() -> None:
    _corbexil(_BICEP_TEMPLATE)
    out = formats.rewrite(_BICEP_TEMPLATE).split("\n")
    assert out[6:8] == ["**Corbexil**", ""]  # (the name once, though "output" names it again; a decorator)
