"""A SHACL engine for the part of SHACL Core that ``ontology/shapes.ttl`` uses (layer 3).

Why it exists: the build gate validates every monograph, and at 10,000 monographs pyshacl-turbo
took about half of a build's CPU (11-13 ms a monograph alone, growing with the size of a run).
What our shapes ask is simple (class targets, property paths, counts, datatypes, patterns,
classes, value sets, comparisons), so it is checked here in plain Python over an index of the
batch's triples, in time linear in the batch and about half of pyshacl-turbo's: reading the
text is one regular expression over the batch (about 1 µs a line), and a focus node that
conforms costs a dictionary look-up and a test call per constraint and value.

How it stays right: :meth:`Engine.compile` reads the shapes graph and refuses (:class:`Unsupported`)
any construct it does not implement (another target, path or constraint, ``sh:flags``, a
datatype it cannot check ...), and :meth:`Engine.validate` refuses any text it cannot read as
the mapper's N-Triples (a blank node, an escaped IRI, a line it does not recognise): in both
cases ``kg.validate`` falls back to pyshacl-turbo or pyshacl. Its results are a SHACL
validation report (an rdflib graph) that ``kg.validate`` turns into findings with the same code
as the other engines' reports, and ``tests/test_shacl.py`` requires the same findings as pyshacl
on the planted faults, on every corpus and on hundreds of random mutations of a real graph.

Terms: an IRI is a ``str``; a literal is a plain tuple as written (lexical form, datatype IRI or
``""``, language tag or ``""``), so ``"x"`` and ``"x"^^xsd:string`` are different terms,
as they are to rdflib and so to pyshacl. Literals are checked as written: ``"  15"^^xsd:integer``
is not a well-formed integer (the store keeps it as written).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node


class Unsupported(Exception):
    """The shapes use something this engine does not implement: validate with pyshacl."""


#: a literal: (lexical form, datatype IRI or "" when none is written, language tag or "")
Lit = tuple[str, str, str]
Term = str | Lit
_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)
_TYPE = str(RDF.type)
_SUBCLASS = str(RDFS.subClassOf)


# -- reading the mapper's N-Triples ------------------------------------------------------------

#: an absolute IRI without escapes (an escaped or relative one goes to another engine)
_IRI_TEXT = r'[A-Za-z][A-Za-z0-9+.\-]*:[^<>"{}|^`\\\x00-\x20]*'
_IRI = "<(" + _IRI_TEXT + ")>"
_LANG_TEXT = r"[a-zA-Z]+(?:-[a-zA-Z0-9]+)*"
#: a line with one triple, as the N-Triples grammar has it (groups: subject, predicate, IRI object,
#: or lexical form, datatype, language)
_ROW = re.compile(r"[ \t]*" + _IRI + r"[ \t]+" + _IRI + r"[ \t]+(?:" + _IRI
                  + r'|"([^"\\\n\r]*(?:\\.[^"\\\n\r]*)*)"(?:\^\^' + _IRI + "|@(" + _LANG_TEXT + "))?)"
                  + r"[ \t]*\.[ \t]*(?:#.*)?")
_ROWS = re.compile("^" + _ROW.pattern + "$", re.MULTILINE)
_BLANK = re.compile(r"^[ \t]*(?:#.*)?$", re.MULTILINE)
#: a literal whose text needs work before it is compared: an escape, or a language tag in capitals
_NEEDS_WORK = re.compile(r'\\|"@[a-zA-Z-]*[A-Z]')
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([tbnrf\"'\\]))")
_SIMPLE_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str | None:
    def one(m: re.Match[str]) -> str:
        code = m.group(1) or m.group(2)
        return chr(int(code, 16)) if code else _SIMPLE_ESCAPES[m.group(3)]

    out = _ESCAPE.sub(one, text)
    # an escape that is not one of N-Triples' leaves a backslash behind that was not written
    # as "\\": refuse the text rather than guess
    return out if _ESCAPE.sub("", text).count("\\") == 0 else None


_EMPTY: set = set()  # never changed: what a missing subject or property has
_NO_PROPS: dict = {}


class Data:
    """The triples of a batch, indexed by subject and predicate, with each node's classes."""

    def __init__(self) -> None:
        self.by_subject: dict[str, dict[str, set[Term]]] = {}
        self.types: dict[str, set[str]] = {}
        self.superclasses: dict[str, set[str]] = {}  # class -> itself and every superclass

    @classmethod
    def read(cls, text: str) -> Data | None:
        """The batch's N-Triples, or ``None`` when any line is not what this reader is sure of."""
        rows = _ROWS.findall(text)
        if len(rows) != text.count("\n") + (not text.endswith("\n")) and \
                len(rows) != text.count("\n") + 1 - len(_BLANK.findall(text)):
            return None  # a line that is neither a triple it reads, blank nor a comment
        data = cls()
        index: defaultdict[str, defaultdict[str, set[Term]]] = defaultdict(lambda: defaultdict(set))
        if _NEEDS_WORK.search(text) is None:
            for row in rows:  # (subject, predicate, IRI object or "", lexical form, datatype, language)
                index[row[0]][row[1]].add(row[2] or row[3:])
        else:
            for s, p, iri, lex, dt, lang in rows:
                if not iri and "\\" in lex:
                    unescaped = _unescape(lex)
                    if unescaped is None:
                        return None
                    lex = unescaped
                index[s][p].add(iri or (lex, dt, lang.lower()))
        data.by_subject = index  # type: ignore[assignment]
        subclass: dict[str, set[str]] = {}
        for s, props in data.by_subject.items():
            types = props.get(_TYPE)
            if types:
                data.types[s] = types  # a literal among them names no class: it targets nothing
            for sup in props.get(_SUBCLASS, ()):
                if isinstance(sup, str):
                    subclass.setdefault(s, set()).add(sup)
        data.superclasses = _closure(subclass)
        return data

    def triples(self) -> int:
        return sum(len(values) for props in self.by_subject.values() for values in props.values())

    def values(self, node: Term, predicate: str) -> set[Term]:
        if node.__class__ is not str:
            return _EMPTY
        return self.by_subject.get(node, _NO_PROPS).get(predicate, _EMPTY)  # type: ignore[call-overload]

    def classes(self, node: Term) -> set[str]:
        """Every class ``node`` is an instance of (rdf:type, then rdfs:subClassOf*)."""
        if node.__class__ is not str:
            return _EMPTY  # type: ignore[return-value]
        direct = self.types.get(node, _EMPTY)  # type: ignore[call-overload]
        if not self.superclasses:
            return direct
        out = set(direct)
        for t in direct:
            out |= self.superclasses.get(t, set())
        return out


def _closure(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for start in edges:
        seen, stack = {start}, [start]
        while stack:
            for nxt in edges.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        out[start] = seen
    return out


# -- values and comparisons --------------------------------------------------------------------

_INTEGERS = {str(XSD[n]) for n in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                   "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                   "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_INTEGER_RANGE: dict[str, Callable[[int], bool]] = {
    str(XSD.nonNegativeInteger): lambda n: n >= 0, str(XSD.positiveInteger): lambda n: n > 0,
    str(XSD.nonPositiveInteger): lambda n: n <= 0, str(XSD.negativeInteger): lambda n: n < 0,
    str(XSD.int): lambda n: -2**31 <= n < 2**31, str(XSD.long): lambda n: -2**63 <= n < 2**63,
    str(XSD.short): lambda n: -2**15 <= n < 2**15, str(XSD.byte): lambda n: -2**7 <= n < 2**7,
    str(XSD.unsignedLong): lambda n: 0 <= n < 2**64, str(XSD.unsignedInt): lambda n: 0 <= n < 2**32,
    str(XSD.unsignedShort): lambda n: 0 <= n < 2**16, str(XSD.unsignedByte): lambda n: 0 <= n < 2**8,
}
_DECIMAL = str(XSD.decimal)
_INTEGER = str(XSD.integer)
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL_TEXT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)\Z")
_BOOLEAN_TEXT = re.compile(r"(true|false|1|0)\Z")


def _integer(lex: str, dt: str) -> int | None:
    if not _INTEGER_TEXT.match(lex):
        return None
    n = int(lex)
    check = _INTEGER_RANGE.get(dt)
    return n if check is None or check(n) else None


def _datatype(value: Lit) -> str:
    """A literal's datatype in RDF 1.1: a plain one is an xsd:string, a tagged one a langString."""
    return value[1] or (_LANG_STRING if value[2] else _STRING)


def _number(value: Term) -> int | Decimal | None:
    """The value of a numeric literal, ``None`` for anything else (or an ill-formed one)."""
    if value.__class__ is str:
        return None
    dt = _datatype(value)  # type: ignore[arg-type]
    lex = value[0]
    if dt in _INTEGERS:
        return _integer(lex, dt)  # type: ignore[arg-type]
    if dt == _DECIMAL and _DECIMAL_TEXT.match(lex):  # type: ignore[arg-type]
        try:
            return Decimal(lex)  # type: ignore[arg-type]
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid text
            return None
    return None


#: datatype -> is this lexical form well formed; a shape naming a datatype not here is Unsupported
_WELL_FORMED: dict[str, Callable[[str, str], bool]] = {
    _STRING: lambda lex, dt: True,
    _LANG_STRING: lambda lex, dt: True,
    str(XSD.boolean): lambda lex, dt: bool(_BOOLEAN_TEXT.match(lex)),
    str(XSD.decimal): lambda lex, dt: bool(_DECIMAL_TEXT.match(lex)),
    **{dt: (lambda lex, d: _integer(lex, d) is not None) for dt in _INTEGERS},
}


def _compare(a: Term, b: Term) -> int | None:
    """SPARQL's ordering of two literals: -1, 0 or 1; ``None`` when they cannot be compared.
    Two well-formed xsd:integer literals (lines, counts: nearly every comparison) come first."""
    if (a.__class__ is tuple and b.__class__ is tuple and a[1] == b[1] == _INTEGER
            and _INTEGER_TEXT.match(a[0]) and _INTEGER_TEXT.match(b[0])):  # type: ignore[index, arg-type]
        x, y = int(a[0]), int(b[0])  # type: ignore[index, arg-type]
        return (x > y) - (x < y)
    x, y = _number(a), _number(b)
    if x is not None and y is not None:
        return (x > y) - (x < y)
    if a.__class__ is tuple and b.__class__ is tuple and _datatype(a) == _datatype(b) == _STRING:  # type: ignore[arg-type]
        return (a[0] > b[0]) - (a[0] < b[0])
    return None


def _xpath_regex(pattern: str) -> re.Pattern[str]:
    """An XPath regular expression (sh:pattern) for Python's ``re``: ``$`` is the end of the
    text only (Python's also matches before a final newline)."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(r"\Z" if ch == "$" and not in_class else ch)
        i += 1
    try:
        return re.compile("".join(out))
    except re.error as e:
        raise Unsupported(f"sh:pattern {pattern!r}: {e}") from e


# -- shapes ------------------------------------------------------------------------------------

_NODE_KINDS = {SH.IRI: {"iri"}, SH.Literal: {"literal"}, SH.BlankNode: set(), SH.BlankNodeOrIRI: {"iri"},
               SH.BlankNodeOrLiteral: {"literal"}, SH.IRIOrLiteral: {"iri", "literal"}}
#: shape predicates that only describe (no constraint); anything else in sh: is refused
_DESCRIPTIVE = {SH.message, SH.name, SH.description, SH.order, SH.group, SH.severity}
_CONSTRAINTS = {SH.nodeKind, SH.pattern, SH.datatype, SH["class"], SH.minCount, SH.maxCount,
                SH.minInclusive, SH["in"], SH["or"], SH.lessThan, SH.lessThanOrEquals, SH.equals}
_STRUCTURE = {SH.targetClass, SH.property, SH.path}

Path = tuple  # ("p", iri) | ("seq", [Path, ...]) | ("alt", [Path, ...])


#: ok(value, data) -> bool: a constraint judged one value node at a time
ValueTest = Callable[[Term, "Data"], bool]
_NO_MAX = 1 << 62
#: check(data, focus, values) -> the values of the results (None: a result without a value)
FocusCheck = Callable[["Data", str, "set[Term] | tuple[Term]"], list[Term | None]]


@dataclass
class Shape:
    """A node or property shape, compiled.

    Its constraints are its counts, ``value_tests`` (one value node at a time: datatype,
    pattern, class ...) and ``focus_checks`` (comparisons with another property's values).
    A focus node that passes them all (nearly every one) costs one look-up and a call per test
    and value; the results of one that does not are worked out constraint by constraint
    (``Engine._explain``)."""

    node: Node  # the shape in the shapes graph (a result's sh:sourceShape)
    path: Path | None  # None: a node shape
    path_node: Node | None
    severity: Node
    message: Node | None
    min_count: int = 0  # sh:minCount (0: none)
    max_count: int = _NO_MAX  # sh:maxCount
    value_tests: list[tuple[str, ValueTest]] = field(default_factory=list)
    focus_checks: list[tuple[str, FocusCheck]] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)
    predicate: str | None = None  # the path when it is one predicate (read straight from the index)
    tests: tuple[ValueTest, ...] = ()  # value_tests without their names, for the loop

    def seal(self) -> None:
        self.predicate = self.path[1] if self.path is not None and self.path[0] == "p" else None
        self.tests = tuple(test for _, test in self.value_tests)


_NONE: tuple[Term, ...] = ()


class Result(NamedTuple):
    shape: Shape
    focus: str
    component: str
    value: Term | None


class Engine:
    """Compiled shapes: :meth:`validate` gives a SHACL report graph, or ``None`` (see above)."""

    def __init__(self, shapes: rdflib.Graph) -> None:
        self.graph = shapes
        self._compiled: dict[Node, Shape] = {}
        self.targets: dict[str, list[Shape]] = {}

    @classmethod
    def compile(cls, shapes: rdflib.Graph) -> Engine:
        engine = cls(shapes)
        roots = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(SH.targetClass, None))
        for other in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target):
            if (None, other, None) in shapes:
                raise Unsupported(f"{other} (only sh:targetClass is implemented)")
        for node in set(shapes.subjects(RDF.type, SH.PropertyShape)):
            if (node, SH.targetClass, None) in shapes:
                raise Unsupported(f"a property shape with its own target ({node})")
        for node in set(shapes.subjects(RDF.type, RDFS.Class)) & roots:
            raise Unsupported(f"an implicit class target ({node})")
        for root in sorted(roots, key=str):
            shape = engine._shape(root, is_property=False)
            for c in shapes.objects(root, SH.targetClass):
                if not isinstance(c, URIRef):
                    raise Unsupported(f"sh:targetClass {c!r}")
                engine.targets.setdefault(str(c), []).append(shape)
        return engine

    # -- compiling

    def _shape(self, node: Node, *, is_property: bool) -> Shape:
        if node in self._compiled:
            return self._compiled[node]
        g = self.graph
        if (node, SH.deactivated, None) in g:
            raise Unsupported(f"sh:deactivated on {node}")
        for p in set(g.predicates(node)):
            if str(p).startswith(str(SH)) and p not in _DESCRIPTIVE | _CONSTRAINTS | _STRUCTURE:
                raise Unsupported(f"{p} on {node}")
        path_node = g.value(node, SH.path)
        if is_property != (path_node is not None):
            raise Unsupported(f"{node} is used as a {'property' if is_property else 'node'} shape")
        shape = Shape(node=node, path=self._path(path_node) if path_node is not None else None,
                      path_node=path_node, severity=g.value(node, SH.severity) or SH.Violation,
                      message=g.value(node, SH.message))
        self._compiled[node] = shape
        for p, o in sorted(g.predicate_objects(node), key=lambda po: (str(po[0]), str(po[1]))):
            if p in _CONSTRAINTS:
                self._constraint(shape, p, o)
        if is_property and (node, SH.property, None) in g:
            raise Unsupported(f"sh:property inside the property shape {node}")
        for prop in sorted(g.objects(node, SH.property), key=str):
            shape.properties.append(self._shape(prop, is_property=True))
        shape.seal()
        return shape

    def _path(self, node: Node) -> Path:
        g = self.graph
        if isinstance(node, URIRef):
            return ("p", str(node))
        if (node, RDF.first, None) in g:
            return ("seq", [self._path(n) for n in Collection(g, node)])
        alternatives = g.value(node, SH.alternativePath)
        if alternatives is not None and len(set(g.predicates(node))) == 1:
            return ("alt", [self._path(n) for n in Collection(g, alternatives)])
        raise Unsupported(f"the path {node} (predicates, sequences and sh:alternativePath only)")

    def _list(self, node: Node) -> list[Node]:
        if node != RDF.nil and (node, RDF.first, None) not in self.graph:
            raise Unsupported(f"{node} is not an RDF list")
        return list(Collection(self.graph, node))

    def _constraint(self, shape: Shape, p: Node, o: Node) -> None:
        """Add the constraint ``p o`` to ``shape``."""
        name = str(p).rsplit("#", 1)[-1]
        component = f"{name[0].upper()}{name[1:]}ConstraintComponent"
        if p == SH.minCount or p == SH.maxCount:
            if shape.path is None or not isinstance(o, Literal) or not isinstance(o.value, int):
                raise Unsupported(f"{p} {o!r} on {shape.node}")
            if len(set(self.graph.objects(shape.node, p))) > 1:
                raise Unsupported(f"two values of {p} on {shape.node}")
            if p == SH.minCount:
                shape.min_count = o.value
            else:
                shape.max_count = o.value
        elif p in (SH.lessThan, SH.lessThanOrEquals):
            if shape.path is None or not isinstance(o, URIRef):
                raise Unsupported(f"{p} {o!r} on {shape.node}")
            other, strict = str(o), p == SH.lessThan

            def less(data: Data, focus: str, values: set[Term] | tuple[Term]) -> list[Term | None]:
                bounds = data.values(focus, other)
                return [v for v in values for w in bounds
                        if (c := _compare(v, w)) is None or c > 0 or (strict and c == 0)]
            shape.focus_checks.append((component, less))
        elif p == SH.equals:
            if shape.path is None or not isinstance(o, URIRef):
                raise Unsupported(f"sh:equals {o!r} on {shape.node}")
            other = str(o)

            def equals(data: Data, focus: str, values: set[Term] | tuple[Term]) -> list[Term | None]:
                others = data.values(focus, other)
                return [*(v for v in values if v not in others), *(w for w in others if w not in values)]
            shape.focus_checks.append((component, equals))
        else:
            shape.value_tests.append((component, self._value_test(shape, p, o)))

    def _value_test(self, shape: Shape, p: Node, o: Node) -> ValueTest:
        if p == SH.nodeKind:
            if o not in _NODE_KINDS:
                raise Unsupported(f"sh:nodeKind {o}")
            iri_ok, lit_ok = "iri" in _NODE_KINDS[o], "literal" in _NODE_KINDS[o]
            return lambda v, data: iri_ok if v.__class__ is str else lit_ok
        if p == SH.pattern:
            if (shape.node, SH.flags, None) in self.graph:
                raise Unsupported(f"sh:flags on {shape.node}")
            search = _xpath_regex(str(o)).search
            return lambda v, data: search(v if v.__class__ is str else v[0]) is not None
        if p == SH.datatype:
            dt = str(o)
            well_formed = _WELL_FORMED.get(dt)
            if well_formed is None:
                raise Unsupported(f"sh:datatype {o} (no check of its lexical forms)")
            if dt == _STRING:
                return lambda v, data: v.__class__ is tuple and (v[1] == dt or not (v[1] or v[2]))
            return lambda v, data: v.__class__ is tuple and _datatype(v) == dt and well_formed(v[0], dt)
        if p == SH["class"]:
            cls = str(o)
            return lambda v, data: cls in data.classes(v)
        if p == SH.minInclusive:
            bound = _term(o)
            return lambda v, data: (c := _compare(v, bound)) is not None and c >= 0
        if p == SH["in"]:
            allowed = {_term(n) for n in self._list(o)}
            return lambda v, data: v in allowed
        if p == SH["or"]:
            members = [self._shape(n, is_property=False) for n in self._list(o)]
            return lambda v, data: any(self._conforms(m, data, v) for m in members)
        raise Unsupported(f"{p} on {shape.node}")  # pragma: no cover - _CONSTRAINTS lists the above

    # -- validating

    def validate(self, text: str) -> tuple[rdflib.Graph, int] | None:
        """The SHACL validation report of the batch's N-Triples ``text`` and the number of
        distinct triples it holds; ``None``: the text was not read."""
        data = Data.read(text)
        if data is None:
            return None
        return self.report(self.results(data)), data.triples()

    def results(self, data: Data) -> list[Result]:
        out: list[Result] = []
        shapes_of: dict[frozenset[str], list[Shape]] = {}
        for node, types in data.types.items():
            key = frozenset(data.classes(node) if data.superclasses else types)
            shapes = shapes_of.get(key)
            if shapes is None:
                shapes = shapes_of[key] = list({id(s): s for c in key for s in self.targets.get(c, ())}.values())
            for shape in shapes:
                self._check(shape, data, node, out)
        return out

    def _check(self, shape: Shape, data: Data, focus: Term, out: list[Result]) -> None:
        """Add to ``out`` the results of the node shape ``shape`` and its property shapes on
        ``focus``; a constraint that fails is explained by :meth:`_explain`."""
        for test in shape.tests:
            if not test(focus, data):
                self._explain(shape, data, focus, (focus,), out)
                break
        props = data.by_subject.get(focus) if focus.__class__ is str else None  # type: ignore[call-overload]
        for prop in shape.properties:
            predicate = prop.predicate
            values: set[Term] | tuple[Term, ...]
            if predicate is not None:
                values = props.get(predicate, _NONE) if props else _NONE
            else:
                values = _walk(data, focus, prop.path)  # type: ignore[arg-type]
            n = len(values)
            ok = prop.min_count <= n <= prop.max_count
            if ok and n:
                for test in prop.tests:
                    for v in values:
                        if not test(v, data):
                            ok = False
                            break
                    if not ok:
                        break
            if ok and prop.focus_checks:
                for _, check in prop.focus_checks:
                    if check(data, focus, values):  # type: ignore[arg-type]
                        ok = False
                        break
            if not ok:
                self._explain(prop, data, focus, values, out)

    def _explain(self, shape: Shape, data: Data, focus: Term, values: set[Term] | tuple[Term, ...],
                 out: list[Result]) -> None:
        """The results of ``shape`` on ``focus``, constraint by constraint."""
        n = len(values)
        if n < shape.min_count:
            out.append(Result(shape, focus, "MinCountConstraintComponent", None))
        if n > shape.max_count:
            out.append(Result(shape, focus, "MaxCountConstraintComponent", None))
        for component, test in shape.value_tests:
            out.extend(Result(shape, focus, component, v) for v in values if not test(v, data))
        for component, check in shape.focus_checks:
            out.extend(Result(shape, focus, component, v) for v in check(data, focus, values))  # type: ignore[arg-type]

    def _conforms(self, shape: Shape, data: Data, focus: Term) -> bool:
        found: list[Result] = []
        self._check(shape, data, focus, found)
        return not found

    def report(self, results: list[Result]) -> rdflib.Graph:
        g = rdflib.Graph()
        report = BNode()
        g.add((report, RDF.type, SH.ValidationReport))
        g.add((report, SH.conforms, Literal(not any(r.shape.severity == SH.Violation for r in results))))
        for r in results:
            node = BNode()
            g.add((report, SH.result, node))
            g.add((node, RDF.type, SH.ValidationResult))
            g.add((node, SH.focusNode, _node(r.focus)))
            g.add((node, SH.sourceShape, r.shape.node))
            g.add((node, SH.sourceConstraintComponent, SH[r.component]))
            g.add((node, SH.resultSeverity, r.shape.severity))
            if r.shape.path_node is not None:
                g.add((node, SH.resultPath, r.shape.path_node))
            if r.value is not None:
                g.add((node, SH.value, _node(r.value)))
            if r.shape.message is not None:
                g.add((node, SH.resultMessage, r.shape.message))
        return g


def _walk(data: Data, focus: Term, path: Path) -> set[Term]:
    kind, arg = path
    if kind == "p":
        return data.values(focus, arg)
    if kind == "alt":
        out: set[Term] = set()
        for p in arg:
            out |= _walk(data, focus, p)
        return out
    nodes = {focus}
    for p in arg:
        nodes = {v for n in nodes for v in _walk(data, n, p)}
    return nodes


def _term(node: Node) -> Term:
    if isinstance(node, URIRef):
        return str(node)
    if isinstance(node, Literal):
        return (str(node), str(node.datatype) if node.datatype else "", node.language or "")
    raise Unsupported(f"the blank node {node} as a value")


def _node(term: Term) -> Node:
    if isinstance(term, str):
        return URIRef(term)
    lex, dt, lang = term
    if lang:
        return Literal(lex, lang=lang)
    return Literal(lex, datatype=URIRef(dt) if dt else None)


__all__ = ["Data", "Engine", "Unsupported"]
