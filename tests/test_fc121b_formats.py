"""Answer formats firstcontact121's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Dockerfile whose image labels hold the answer, an Inform 7 story source and a
Kubernetes ConfigMap whose data keys are files of Markdown, text and YAML, each rewritten line for line
(:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _velorant(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Velorant")
    assert [b.label for b in x.brand_names] == ["Velorin", "Rantavel"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "potassium-sparing diuretic"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Heart failure", None), ("Hypertension", None),
                                                          ("Hirsutism", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Breast tenderness", "Frequent", False), ("Thirst", "Frequent", False), ("High potassium", "Serious", True)]
    assert _mech(x) == {("blocks", "mineralocorticoid receptor")}
    assert [f.question for f in x.faqs] == ["Should I avoid salt substitutes?", "Can I take it at night?"]
    return x


_DOCKERFILE = "\n".join([
    "```Dockerfile", "# velorant leaflet image", "FROM busybox:1.36", "",
    'LABEL org.opencontainers.image.title="velorant-leaflet" \\',
    '      org.opencontainers.image.authors="Hypertension clinic: ward 4, Heart failure unit"', "",
    "# ===== Generic Name =====", 'LABEL med.inn="Velorant" \\', '      med.trade_names="Velorin, Rantavel" \\',
    '      med.class="Potassium-sparing diuretic"', "", "# ===== Usage =====",
    'LABEL indications.licensed.1="Heart failure: with reduced ejection fraction" \\',
    '      indications.licensed.2="Hypertension" \\', '      indications.unlicensed.1="Hirsutism: in women"', "",
    "# ===== Side Effects =====", 'LABEL adverse.frequent="Breast tenderness, Thirst" \\',
    '      adverse.serious="High potassium" \\',
    '      adverse.when_to_call="Call a doctor at once if you have a slow or uneven heartbeat."', "",
    "# ===== How it Works =====",
    'LABEL mechanism.text="Velorant blocks the mineralocorticoid receptor in the kidney, so less sodium is kept."', "",
    "# ===== FAQs =====", 'LABEL faq.1.q="Should I avoid salt substitutes?" \\',
    '      faq.1.a="Yes, most of them are rich in potassium." \\', '      faq.2.q="Can I take it at night?" \\',
    '      faq.2.a="Take it in the morning so you do not wake up to pass urine."', "",
    'ENTRYPOINT ["cat", "/leaflet.txt"]', "```"])


def test_a_dockerfile_whose_labels_hold_the_answer() -> None:
    x = _velorant(_DOCKERFILE)
    assert [s.label for s in x.serious_signs] == ["slow or uneven heartbeat"]
    assert "ward 4" not in formats.rewrite(_DOCKERFILE)  # (the image's own labels give nothing)


def test_a_page_with_a_dockerfile_for_an_app_is_left_alone() -> None:
    page = ("## Usage\n\nVelorant treats heart failure. The dose tracker runs in a container:\n\n```dockerfile\n"
            "FROM python:3.12\nLABEL maintainer=\"ward4\"\nLABEL version=\"1.2\" app=\"tracker\"\n"
            "LABEL org.opencontainers.image.source=\"https://example.org\"\nRUN pip install tracker\n"
            "CMD [\"tracker\"]\n```\n\n## Side Effects\n\n- Thirst\n")
    assert formats.rewrite(page) == page


_CONFIGMAP = "\n".join([
    "```yaml", "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: velorant-leaflet", "  labels:",
    "    tier: heart-failure-clinic", "data:", "  inn: Velorant", '  trade_names: "Velorin, Rantavel"',
    "  drug_class: potassium-sparing diuretic", "", "  indications.md: |", "    **Approved:**",
    "    - **Heart failure** – with reduced ejection fraction", "    - **Hypertension**", "",
    "    **Off-label:**", "    - **Hirsutism** – in women", "  adverse_reactions.markdown: |-", "    *Frequent*",
    "    - Breast tenderness", "    - Thirst", "", "    *Serious*", "    - High potassium", "",
    "    Call a doctor at once if you have a slow or uneven heartbeat.", "  mechanism.txt: |",
    "    Velorant blocks the mineralocorticoid receptor in the", "    kidney, so less sodium is kept.",
    "  questions.yml: |", "    - q: Should I avoid salt substitutes?", "      a: Yes, most of them are rich in",
    "         potassium.", "    - q: Can I take it at night?",
    "      a: Take it in the morning so you do not wake up to pass urine.", "```"])


def test_a_configmap_whose_data_keys_are_files_of_markdown_text_and_yaml() -> None:
    x = _velorant(_CONFIGMAP)
    assert [s.label for s in x.serious_signs] == ["slow or uneven heartbeat"]
    assert "heart-failure-clinic" not in formats.rewrite(_CONFIGMAP)  # (the object's metadata gives nothing)


def test_a_page_with_a_configmap_of_server_files_is_left_alone() -> None:
    page = ("## Usage\n\nVelorant treats heart failure. The clinic's reminder service is configured so:\n\n```yaml\n"
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: reminders\ndata:\n  nginx.conf: |\n    server {}\n"
            "  app.yaml: |\n    retries: 3\n  readme.md: |\n    # Reminders\n    Sends a text at 8 am.\n```\n\n"
            "## Side Effects\n\n- Thirst\n")
    assert formats.rewrite(page) == page


_INFORM7 = "\n".join([
    "```inform", '"Velorant" by "Ward 4"', "", "Book 1 - Generic Name", "",
    'The Clinic is a room. "A quiet room with a desk and a heart model."', "",
    "The card is a thing in the Clinic. The description of the card is \"[bold type]Brand names:[roman type] Velorin, "
    "Rantavel[line break][bold type]Drug class:[roman type] potassium-sparing diuretic\".", "",
    "Book 2 - Usage", "", "Table of Indications", "disease\tapproval\tcomment",
    '"Heart failure"\t"licensed"\t"with reduced ejection fraction"', '"Hypertension"\t"licensed"\t""',
    '"Hirsutism"\t"off-label"\t"in women"', "", "Book 3 - Side Effects", "", "Table of Unwanted Effects",
    "symptom\thow often", '"Breast tenderness"\t"frequent"', '"Thirst"\t"frequent"', '"High potassium"\t"serious"', "",
    "Every turn:", '\tsay "[italic type]Call a doctor at once[roman type] if you have a slow or uneven heartbeat."', "",
    "Book 4 - How it Works", "",
    "The model is a thing in the Clinic. The description of the model is \"Velorant blocks the mineralocorticoid "
    "receptor in the kidney[']s tubules, so less sodium is kept. See the Table of Indications.\"", "",
    "Book 5 - FAQs", "", "The nurse is a person in the Clinic.", "", "Table of Questions",
    "keyword\tquestion\tresponse",
    '"salt"\t"Should I avoid salt substitutes?"\t"Yes, most of them are rich in potassium."',
    '"night"\t"Can I take it at night?"\t"Take it in the morning so you do not wake up to pass urine."', "```"])


def test_an_inform_7_story_source() -> None:
    x = _velorant(_INFORM7)
    assert [s.label for s in x.serious_signs] == ["slow or uneven heartbeat"]
    got = formats.rewrite(_INFORM7)
    assert "desk" not in got and "Ward 4" not in got and "See the Table" not in got  # (staging gives nothing)
    assert "kidney's tubules" in got


def test_a_page_with_numbered_parts_and_a_table_of_contents_is_left_alone() -> None:
    page = ("Table of Contents\n\nPart 1 - Usage\n\nVelorant treats heart failure. Take it as \"one tablet a day\".\n\n"
            "Part 2 - Side Effects\n\n- Thirst\n\nPart 3 - How it Works\n\nIt blocks the mineralocorticoid receptor; "
            "the nurse is a thing of wonder.\n")
    assert formats.rewrite(page) == page
