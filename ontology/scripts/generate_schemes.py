#!/usr/bin/env python3
"""Generates the SKOS concept schemes of the Kamergraaf ontology (ontology/src/main/resources/nl/kamergraaf/ontology/schemes/).

The values are the API's exact values, collected from two sources (both CC0, in ../shared/reference/tk-opendata):
  * the "Mogelijke waarden" comments of the official information model TK_Informatiemodel_ODP_0.90.ttl, and
  * the values that occur in the real OData pages there (which add values the 2019 model does not list yet).
IRIs follow docs/CONVENTIONS.md: https://w3id.org/kamergraaf/def/{scheme}/{slug(label)}, with the same slug as
UriMinter.slug (NFD, strip accents, lowercase, runs of non-[a-z0-9] to '-', trimmed). The generated Turtle is committed;
rerun this script only to add values:   python3 ontology/scripts/generate_schemes.py [REFERENCE_DIR]
"""
import collections, glob, json, os, re, sys, unicodedata

REF = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/reference/tk-opendata"
OUT = os.path.join(os.path.dirname(__file__), "..", "src/main/resources/nl/kamergraaf/ontology/schemes")
BASE = "https://w3id.org/kamergraaf/def/"


def slug(text):
    ascii_ = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.category(c).startswith("M"))
    s = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    if not s:
        raise ValueError("no slug for " + repr(text))
    return s


def model_lists():
    """Every 'Mogelijke waarden: a, b, c' list of the information model, split into values."""
    text = open(os.path.join(REF, "TweedeKamerDerStaten-Generaal__OpenDataAPI2.0/TK_Informatiemodel_ODP_0.90.ttl"),
                 encoding="utf-8").read()
    lists = []
    for m in re.finditer(r'"Mogelijke waarden: ([^"]*)"', text):
        values = []
        for part in m.group(1).split(", "):
            # A value may itself hold ", " ("Ontraden, tenzij gewijzigd"): a part in lower case continues the previous.
            if values and part[:1].islower():
                values[-1] += ", " + part
            else:
                values.append(part.strip())
        lists.append(values)
    return lists


def model_list_with(value):
    found = [l for l in model_lists() if value in l]
    if len(found) != 1:
        raise SystemExit("expected one model list with %r, found %d" % (value, len(found)))
    return found[0]


def data_values():
    """(entity folder, field) -> values seen in the real OData pages."""
    seen = collections.defaultdict(set)

    def walk(o, entity):
        if isinstance(o, dict):
            for k, v in o.items():
                if isinstance(v, (dict, list)):
                    walk(v, k)
                elif isinstance(v, str):
                    seen[(entity.lower(), k)].add(v)
        elif isinstance(o, list):
            for x in o:
                walk(x, entity)

    for f in glob.glob(os.path.join(REF, "**/*.json"), recursive=True):
        parts = os.path.relpath(f, REF).split(os.sep)
        entity = parts[2] if len(parts) > 3 and parts[1] == "bronmateriaal-onbewerkt" else "value"
        if entity == "cache":
            entity = "zaak"  # cache/zaak_documents holds Zaak records with their documents expanded
        walk(json.load(open(f, encoding="utf-8")), entity)
    return seen


DATA = data_values()


def from_data(entity, field):
    return sorted(DATA.get((entity, field), set()))


# English labels where they help a reader who does not read Dutch; the Dutch label is always the API's value.
EN = {
    "Voor": "For", "Tegen": "Against", "Niet deelgenomen": "Did not vote",
    "Hoofdelijk": "Roll-call vote", "Met handopsteken": "Show of hands", "Zonder stemming": "Without a vote",
    "Ontraden": "Advised against", "Oordeel Kamer": "Left to the House", "Overgenomen": "Adopted by the government",
    "Ontraden, tenzij gewijzigd": "Advised against unless amended", "Overbodig": "Superfluous", "Ontijdig": "Premature",
    "Nog niet bekend": "Not yet known", "Nog te ontvangen": "Still to be received",
    "Geen (expliciete) appreciatie": "No (explicit) assessment",
    "Verzocht motie aan te houden": "Asked to hold the motion",
    "Niet beschikbaar bij gewijzigde moties en/of amendementen": "Not available for amended motions and/or amendments",
    "Niet beschikbaar bij moties en/of amendementen vóór 1 april 2019": "Not available for motions and/or amendments before 1 April 2019",
    "Motie": "Motion", "Motie (gewijzigd/nader)": "Motion (amended)", "Amendement": "Amendment",
    "Brief regering": "Government letter", "Brief commissie": "Committee letter", "Brief Kamer": "Letter of the House",
    "Brief lid / fractie": "Letter of a member / parliamentary group", "Bijlage": "Annex",
    "Schriftelijke vragen": "Written questions", "Antwoord schriftelijke vragen": "Answer to written questions",
    "Mondelinge vragen": "Oral questions", "Voorstel van wet": "Bill", "Memorie van toelichting": "Explanatory memorandum",
    "Nota van wijziging": "Memorandum of amendment", "Stenogram": "Verbatim transcript", "Verslag": "Report",
    "Rapport": "Report", "Wetgeving": "Legislation", "Begroting": "Budget", "Verzoekschrift": "Petition",
    "Position paper": "Position paper", "EU-voorstel": "EU proposal", "Overig": "Other", "Initiatiefnota": "Private member's memorandum",
    "Plenair": "Plenary", "Commissie": "Committee",
    "Plenair debat": "Plenary debate", "Stemmingen": "Votes", "Commissiedebat": "Committee debate",
    "Procedurevergadering": "Procedure meeting", "Werkbezoek": "Working visit", "Technische briefing": "Technical briefing",
    "Hoorzitting": "Hearing", "Gesprek": "Conversation", "Vragenuur": "Question time",
    "Gepland": "Planned", "Uitgevoerd": "Held", "Geannuleerd": "Cancelled", "Verplaatst": "Moved",
    "Besluit": "Decision", "Voorstel": "Proposal", "Concept voorstel": "Draft proposal",
    "Nog te verwerken besluit": "Decision still to be processed", "Vrijgegeven": "Released",
    "Indiener": "Submitter", "Medeindiener": "Co-submitter", "Voortouwcommissie": "Lead committee",
    "Volgcommissie": "Following committee", "Gericht aan": "Addressed to", "Rapporteur": "Rapporteur",
    "Afzender": "Sender", "Mede afzender": "Co-sender", "Eerste ondertekenaar": "First signatory",
    "Mede ondertekenaar": "Co-signatory", "Geaddresseerde": "Addressee", "Namens": "On behalf of",
    "Mede namens": "Also on behalf of", "Deelnemer": "Participant", "Initiatiefnemer": "Initiator",
    "Interpellant": "Interpellator", "Bewindspersoon c.a.": "Minister or state secretary", "Afgemeld": "Sent apologies",
    "Stemmen - aangenomen": "Vote - adopted", "Stemmen - verworpen": "Vote - rejected",
    "Stemmen - aangehouden": "Vote - held over", "Stemmen - ingetrokken": "Vote - withdrawn", "Ingediend": "Submitted",
    "aangenomen": "adopted", "verworpen": "rejected", "aangehouden": "held over", "ingetrokken": "withdrawn",
    "Lid": "Member", "Fractievoorzitter": "Group leader",
    "Casco": "Skeleton", "Ongecorrigeerd": "Uncorrected", "Gecorrigeerd": "Corrected", "Gerectificeerd": "Rectified",
}

SCHEMES = [
    ("documentsoort", "Documentsoorten", "Document types", "De soort van een document (Document.Soort).",
     "The type of a document (Document.Soort).",
     model_list_with("Stenogram") + from_data("document", "Soort")),
    ("zaaksoort", "Zaaksoorten", "Case types", "De soort van een zaak (Zaak.Soort).", "The type of a case (Zaak.Soort).",
     model_list_with("Verzoekschrift") + from_data("zaak", "Soort")),
    ("besluitsoort", "Besluitsoorten", "Decision types", "De soort van een besluit (Besluit.BesluitSoort).",
     "The type of a decision (Besluit.BesluitSoort).", from_data("besluit", "BesluitSoort")),
    ("besluitstatus", "Besluitstatussen", "Decision statuses", "De status van een besluit (Besluit.Status).",
     "The status of a decision (Besluit.Status).", model_list_with("Nog te verwerken besluit") + from_data("besluit", "Status")),
    ("stemmingssoort", "Stemmingssoorten", "Voting methods",
     "De manier van stemmen over een besluit (Besluit.StemmingsSoort).", "How a decision was voted on (Besluit.StemmingsSoort).",
     model_list_with("Met handopsteken") + from_data("besluit", "StemmingsSoort")),
    ("stemkeuze", "Stemkeuzes", "Vote options", "Wat een fractie of lid stemde (Stemming.Soort).",
     "What a parliamentary group or member voted (Stemming.Soort).",
     model_list_with("Niet deelgenomen") + from_data("stemming", "Soort")),
    ("kabinetsappreciatie", "Kabinetsappreciaties", "Government assessments",
     "Het oordeel van het kabinet over een motie of amendement (Zaak.Kabinetsappreciatie).",
     "The government's assessment of a motion or amendment (Zaak.Kabinetsappreciatie).",
     model_list_with("Oordeel Kamer") + from_data("zaak", "Kabinetsappreciatie")),
    ("actorrelatie", "Actorrelaties", "Actor roles",
     "De rol van een actor bij een zaak, document of activiteit (ZaakActor, DocumentActor, ActiviteitActor: Relatie).",
     "The role of an actor in a case, document or activity (ZaakActor, DocumentActor, ActiviteitActor: Relatie).",
     model_list_with("Medeindiener") + model_list_with("Mede ondertekenaar") + model_list_with("Interpellant")
     + from_data("zaakactor", "Relatie")),
    ("activiteitsoort", "Activiteitsoorten", "Activity types", "De soort van een activiteit (Activiteit.Soort).",
     "The type of an activity (Activiteit.Soort).", model_list_with("Technische briefing") + from_data("activiteit", "Soort")),
    ("activiteitstatus", "Activiteitstatussen", "Activity statuses", "De status van een activiteit (Activiteit.Status).",
     "The status of an activity (Activiteit.Status).", model_list_with("Verplaatst") + from_data("activiteit", "Status")),
    ("vergaderingsoort", "Vergaderingsoorten", "Meeting types", "De soort van een vergadering (Vergadering.Soort).",
     "The type of a meeting (Vergadering.Soort).", model_list_with("Plenair") + from_data("vergadering", "Soort")),
    ("zaakstatus", "Zaakstatussen", "Case statuses", "De status van een zaak (Zaak.Status).",
     "The status of a case (Zaak.Status).", from_data("zaak", "Status")),
    ("agendapuntstatus", "Agendapuntstatussen", "Agenda item statuses", "De status van een agendapunt (Agendapunt.Status).",
     "The status of an agenda item (Agendapunt.Status).", from_data("agendapunt", "Status")),
    ("zetelfunctie", "Zetelfuncties", "Seat functions",
     "De functie van een lid op een zetel in een fractie (FractieZetelPersoon.Functie).",
     "The function of a member on a seat in a parliamentary group (FractieZetelPersoon.Functie).",
     model_list_with("Fractievoorzitter") + from_data("fractie_zetel_persoon", "Functie")),
    ("stemmingsuitslag", "Stemmingsuitslagen", "Vote results",
     "De uitkomst van een stemming, het deel na 'Stemmen - ' van de besluitsoort (Besluit.BesluitSoort).",
     "The outcome of a vote, the part after 'Stemmen - ' of the decision type (Besluit.BesluitSoort).",
     [v[len("Stemmen - "):] for v in from_data("besluit", "BesluitSoort") if v.startswith("Stemmen - ")]),
    ("verslagstatus", "Verslagstatussen", "Report statuses", "De status van een verslag (Verslag.Status).",
     "The status of a report of proceedings (Verslag.Status).", model_list_with("Ongecorrigeerd")),
]


def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(name, label_nl, label_en, comment_nl, comment_en, values):
    values = sorted(dict.fromkeys(v for v in values if v), key=lambda v: slug(v))
    by_slug = {}
    for v in values:
        if slug(v) in by_slug:
            raise SystemExit("slug collision in %s: %r and %r" % (name, by_slug[slug(v)], v))
        by_slug[slug(v)] = v
    scheme = "<" + BASE + name + ">"
    lines = [
        "# Concept scheme '%s' of the Kamergraaf ontology: %d values. GENERATED by ontology/scripts/generate_schemes.py"
        % (name, len(values)),
        "# from the information model TK_Informatiemodel_ODP_0.90.ttl and real OData records; skos:notation is the API's value.",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix dct:  <http://purl.org/dc/terms/> .",
        "",
        scheme + " a skos:ConceptScheme ;",
        "    skos:prefLabel %s@nl , %s@en ;" % (lit(label_nl), lit(label_en)),
        "    rdfs:label %s@nl , %s@en ;" % (lit(label_nl), lit(label_en)),
        "    rdfs:comment %s@nl , %s@en ;" % (lit(comment_nl), lit(comment_en)),
        "    dct:source <https://opendata.tweedekamer.nl/documentatie/> .",
        "",
    ]
    for v in values:
        labels = "%s@nl" % lit(v) + (" , %s@en" % lit(EN[v]) if v in EN else "")
        lines += [
            "<%s%s/%s> a skos:Concept ;" % (BASE, name, slug(v)),
            "    skos:inScheme %s ; skos:topConceptOf %s ;" % (scheme, scheme),
            "    skos:prefLabel %s ;" % labels,
            "    skos:notation %s ." % lit(v),
            "",
        ]
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".ttl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("%-20s %3d concepts" % (name, len(values)))


for s in SCHEMES:
    write(*s)
