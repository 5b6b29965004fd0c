"""Static demo data: code table rows, companies, persons and banks (invented firms with realistic details).

Every company carries a `role` that tells the loader how it enters the database:

- ``customer`` / ``vendor`` / ``customer+vendor`` / ``bank``: a contact made into a customer, vendor or
  bank account with "Create as" (SPEC §7.2);
- ``customer_direct`` / ``vendor_direct`` / ``bank_direct``: the record is created and gets its contact
  automatically (§7.3);
- ``customer_unlinked`` / ``vendor_unlinked`` / ``bank_unlinked``: a record without contact, left for the
  batch job "Create Contacts from …" (a ``contact`` text makes the batch job create a person too);
- ``link_customer`` / ``link_vendor``: a contact and an older, unlinked record of the same firm, joined
  with "Link with existing" (§7.1);
- ``prospect`` / ``press``: a contact with a plain marketing relation; ``contact``: a contact only.

Phone numbers hold digits, spaces, ``+``, ``-`` and ``/`` only; e-mail addresses are ASCII.
"""

from __future__ import annotations

from datetime import date
from typing import Any

SALESPEOPLE = [
    ("AW", "Anna Weber"),
    ("JS", "Jan Schulz"),
    ("MK", "Marlene Krüger"),
    ("TB", "Thomas Becker"),
    ("LF", "Lena Fischer"),
    ("PH", "Paul Hartmann"),
    ("SR", "Sophie Richter"),
]
TERRITORIES = [
    ("NORD", "Norddeutschland"),
    ("SUED", "Süddeutschland"),
    ("WEST", "Westdeutschland"),
    ("OST", "Ostdeutschland"),
    ("DACH", "Österreich und Schweiz"),
    ("EU", "Übrige EU"),
    ("NORDIC", "Skandinavien"),
    ("UK", "United Kingdom"),
    ("NA", "North America"),
]
PAYMENT_TERMS = [
    ("14 DAYS", "Net 14 days"),
    ("30 DAYS", "Net 30 days"),
    ("1M(8D)", "1 month / 2% discount within 8 days"),
    ("CM", "Current month"),
    ("COD", "Cash on delivery"),
]
PAYMENT_METHODS = [
    ("BANK", "Bank transfer"),
    ("SEPA-DD", "SEPA direct debit"),
    ("CARD", "Credit card"),
    ("CASH", "Cash"),
]
# Customer, vendor, general business and VAT business posting groups share these codes.
POSTING_GROUPS = [
    ("DOMESTIC", "Domestic"),
    ("EU", "Other EU countries"),
    ("EXPORT", "Outside the EU"),
]
BANK_ACCOUNT_POSTING_GROUPS = [
    ("CHECKING", "Checking accounts"),
    ("SAVINGS", "Savings accounts"),
]
SALUTATIONS = [
    ("HERR", "Herr"),
    ("FRAU", "Frau"),
    ("DR", "Dr."),
    ("MR", "Mr."),
    ("MS", "Ms."),
    ("MME", "Madame"),
]
# The descriptions above in a database set up in German (its codes: app.domain.defaults.GERMAN_CODES).
GERMAN_TEXTS = {
    "United Kingdom": "Vereinigtes Königreich", "North America": "Nordamerika",
    "Net 14 days": "14 Tage netto", "Net 30 days": "30 Tage netto",
    "1 month / 2% discount within 8 days": "1 Monat / 2 % Skonto innerhalb von 8 Tagen",
    "Current month": "Laufender Monat", "Cash on delivery": "Nachnahme",
    "Bank transfer": "Überweisung", "SEPA direct debit": "SEPA-Lastschrift", "Credit card": "Kreditkarte",
    "Cash": "Bar", "Domestic": "Inland", "Other EU countries": "EU-Länder",
    "Outside the EU": "Ausland (Nicht-EU)",
    "Checking accounts": "Girokonten", "Savings accounts": "Sparkonten",
    "Business customer, other EU country": "Geschäftskunde, EU-Land",
    "Business customer, outside the EU": "Geschäftskunde, Ausland (Nicht-EU)",
    "Vendor, other EU country": "Kreditor, EU-Land", "Vendor, outside the EU": "Kreditor, Ausland (Nicht-EU)",
}  # fmt: skip
EU_COUNTRIES = frozenset({"AT", "FR", "NL", "DK", "IT", "ES", "SE", "PL"})

# Templates the demo adds; the ready setup's CUST-COMP and VEND-COMP serve domestic firms.
# (code, description, posting group, payment terms, payment method)
CUSTOMER_TEMPLATES = [
    ("CUST-EU", "Business customer, other EU country", "EU", "30 DAYS", "BANK"),
    ("CUST-EXP", "Business customer, outside the EU", "EXPORT", "CM", "BANK"),
]
VENDOR_TEMPLATES = [
    ("VEND-EU", "Vendor, other EU country", "EU", "30 DAYS", "BANK"),
    ("VEND-EXP", "Vendor, outside the EU", "EXPORT", "30 DAYS", "BANK"),
]
TEMPLATE_BY_GROUP = {
    "customer": {"DOMESTIC": "CUST-COMP", "EU": "CUST-EU", "EXPORT": "CUST-EXP"},
    "vendor": {"DOMESTIC": "VEND-COMP", "EU": "VEND-EU", "EXPORT": "VEND-EXP"},
}


def _firm(name: str, role: str, address: str, post_code: str, city: str, country: str, **more: Any) -> dict:
    return {
        "name": name,
        "role": role,
        "address": address,
        "post_code": post_code,
        "city": city,
        "country_region_code": country,
        **more,
    }


# fmt: off
COMPANIES: list[dict[str, Any]] = [
    # --- Germany ---------------------------------------------------------------------------------
    _firm(
        "Müller & Söhne Maschinenbau GmbH", "customer", "Industriestraße 12", "50735", "Köln", "DE",
        phone_no="+49 221 73840", fax_no="+49 221 738499", email="info@mueller-maschinenbau.de",
        home_page="www.mueller-maschinenbau.de", vat_registration_no="DE123456788",
        language_code="DEU", territory_code="WEST", salesperson_code="AW",
    ),
    _firm(
        "Berliner Bürobedarf GmbH", "vendor", "Kantstraße 144", "10623", "Berlin", "DE",
        phone_no="+49 30 3180552", email="vertrieb@berliner-buerobedarf.de",
        home_page="www.berliner-buerobedarf.de", vat_registration_no="DE234567894",
        language_code="DEU", territory_code="OST", salesperson_code="PH",
    ),
    _firm(
        "Hanseatische Logistik AG", "customer+vendor", "Am Sandtorkai 44", "20457", "Hamburg", "DE",
        phone_no="+49 40 36987100", fax_no="+49 40 36987199", email="kontakt@hanselog.de",
        home_page="www.hanselog.de", vat_registration_no="DE345678914",
        language_code="DEU", territory_code="NORD", salesperson_code="JS",
    ),
    _firm(
        "Isar Software GmbH", "customer", "Leopoldstraße 75", "80802", "München", "DE",
        phone_no="+49 89 21543300", email="hallo@isar-software.de", home_page="www.isar-software.de",
        vat_registration_no="DE456789125", language_code="DEU", territory_code="SUED", salesperson_code="MK",
    ),
    _firm(
        "Rheinische Druckerei Hoffmann KG", "vendor", "Deutz-Mülheimer Straße 30", "51063", "Köln", "DE",
        phone_no="+49 221 964210", email="auftrag@rheinische-druckerei.de",
        home_page="www.rheinische-druckerei.de", vat_registration_no="DE567891239",
        language_code="DEU", territory_code="WEST", salesperson_code="SR",
    ),
    _firm(
        "Schwarzwald Feinmechanik GmbH", "customer_direct", "Hertzstraße 8", "79108", "Freiburg im Breisgau",
        "DE", phone_no="+49 761 510820", email="info@schwarzwald-feinmechanik.de",
        home_page="www.schwarzwald-feinmechanik.de", vat_registration_no="DE678912340",
        language_code="DEU", territory_code="SUED", salesperson_code="MK",
    ),
    _firm(
        "Elbe Reederei Schmidt KG", "customer_unlinked", "Große Elbstraße 145", "22767", "Hamburg", "DE",
        phone_no="+49 40 38904411", email="dispo@elbe-reederei.de", home_page="www.elbe-reederei.de",
        vat_registration_no="DE789123457", language_code="DEU", territory_code="NORD",
        salesperson_code="JS", contact="Jens Schmidt",
    ),
    _firm(
        "Spree Elektronik AG", "vendor_direct", "Wilhelminenhofstraße 76", "12459", "Berlin", "DE",
        phone_no="+49 30 63928800", email="einkauf@spree-elektronik.de", home_page="www.spree-elektronik.de",
        vat_registration_no="DE891234566", language_code="DEU", territory_code="OST",
        purchaser_code="PH",
    ),
    _firm(
        "Weißbräu Brauhaus GmbH", "customer", "Tal 7", "80331", "München", "DE",
        phone_no="+49 89 29008730", email="bestellung@weissbraeu-brauhaus.de",
        home_page="www.weissbraeu-brauhaus.de", vat_registration_no="DE912345676",
        language_code="DEU", territory_code="SUED", salesperson_code="TB",
    ),
    _firm(
        "Schäfer & Partner Finanzberatung", "prospect", "Bockenheimer Landstraße 51", "60325",
        "Frankfurt am Main", "DE", phone_no="+49 69 71913400", email="kanzlei@schaefer-partner.de",
        home_page="www.schaefer-partner.de", language_code="DEU", territory_code="WEST",
        salesperson_code="LF",
    ),
    _firm(
        "Sächsische Glaswerke GmbH", "vendor_unlinked", "Löbtauer Straße 80", "01159", "Dresden", "DE",
        phone_no="+49 351 496022", email="info@saechsische-glaswerke.de",
        home_page="www.saechsische-glaswerke.de", vat_registration_no="DE135792460",
        language_code="DEU", territory_code="OST", purchaser_code="SR", contact="Ute Krause",
    ),
    _firm(
        "Stuttgarter Präzisionsteile GmbH", "customer_unlinked", "Heilbronner Straße 326", "70469",
        "Stuttgart", "DE", phone_no="+49 711 8102450", email="vertrieb@praezisionsteile-stuttgart.de",
        vat_registration_no="DE246813573", language_code="DEU", territory_code="SUED", salesperson_code="MK",
    ),
    _firm(
        "Modehaus Becker GmbH", "link_customer", "Königsallee 60", "40212", "Düsseldorf", "DE",
        phone_no="+49 211 869310", email="service@modehaus-becker.de", home_page="www.modehaus-becker.de",
        vat_registration_no="DE357913577", language_code="DEU", territory_code="WEST", salesperson_code="AW",
        # The customer card was entered years ago and is outdated; the contact wins when they are linked.
        record_changes={"name": "Modehaus Becker", "phone_no": "+49 211 86930", "address": "Königsallee 58"},
    ),
    _firm(
        "Leipziger Messebau GmbH", "customer", "Messe-Allee 1", "04356", "Leipzig", "DE",
        phone_no="+49 341 6781500", email="projekte@leipziger-messebau.de",
        home_page="www.leipziger-messebau.de", vat_registration_no="DE468024688",
        language_code="DEU", territory_code="OST", salesperson_code="LF",
    ),
    _firm(
        "Nordsee Fischhandel Jansen GmbH", "customer_unlinked", "Am Fischereihafen 14", "27572",
        "Bremerhaven", "DE", phone_no="+49 471 972530", email="info@nordsee-jansen.de",
        vat_registration_no="DE579135790", language_code="DEU", territory_code="NORD", salesperson_code="JS",
    ),
    _firm(
        "Fränkische Holzwerke Bauer GmbH", "vendor", "Sigmundstraße 220", "90431", "Nürnberg", "DE",
        phone_no="+49 911 327560", email="info@holzwerke-bauer.de", home_page="www.holzwerke-bauer.de",
        vat_registration_no="DE680246809", language_code="DEU", territory_code="SUED",
        salesperson_code="PH",
    ),
    _firm(
        "Wirtschaftskurier Verlag GmbH", "press", "Friedrichstraße 185", "10117", "Berlin", "DE",
        phone_no="+49 30 20237700", email="redaktion@wirtschaftskurier.de",
        home_page="www.wirtschaftskurier.de", language_code="DEU", territory_code="OST",
    ),
    _firm(
        "Hannoversche Versicherungsmakler GmbH", "contact", "Georgstraße 36", "30159", "Hannover", "DE",
        phone_no="+49 511 360490", email="makler@hv-makler.de", language_code="DEU", territory_code="NORD",
    ),
    _firm(
        "Kaffeerösterei Weber OHG", "link_vendor", "Ehrenfeldgürtel 160", "50823", "Köln", "DE",
        phone_no="+49 221 5502314", email="bestellung@kaffee-weber.de", home_page="www.kaffee-weber.de",
        vat_registration_no="DE791357917", language_code="DEU", territory_code="WEST", salesperson_code="SR",
        # The vendor card is newer (purchasing updated it); the vendor wins when they are linked.
        record_changes={"phone_no": "+49 221 5502300", "email": "einkauf@kaffee-weber.de"},
    ),
    # --- Austria, Switzerland ----------------------------------------------------------------------
    _firm(
        "Alpenland Handels GmbH", "customer", "Mariahilfer Straße 88", "1070", "Wien", "AT",
        phone_no="+43 1 5236440", email="office@alpenland-handel.at", home_page="www.alpenland-handel.at",
        vat_registration_no="ATU12345675", language_code="DEU", territory_code="DACH",
        salesperson_code="TB",
    ),
    _firm(
        "Grazer Stahlbau AG", "vendor_unlinked", "Puchstraße 85", "8020", "Graz", "AT",
        phone_no="+43 316 72400", email="einkauf@grazer-stahlbau.at", home_page="www.grazer-stahlbau.at",
        vat_registration_no="ATU23456784", language_code="DEU", territory_code="DACH",
    ),
    _firm(
        "Zürcher Präzisionsuhren AG", "customer", "Bahnhofstrasse 44", "8001", "Zürich", "CH",
        phone_no="+41 44 221 30 50", email="info@zh-praezisionsuhren.ch",
        home_page="www.zh-praezisionsuhren.ch",
        vat_registration_no="CHE-123.456.788 MWST", language_code="DEU", currency_code="CHF",
        territory_code="DACH", salesperson_code="TB",
    ),
    _firm(
        "Basler Chemiehandel AG", "vendor", "Aeschenvorstadt 36", "4051", "Basel", "CH",
        phone_no="+41 61 275 88 00", email="sales@basler-chemiehandel.ch",
        home_page="www.basler-chemiehandel.ch",
        vat_registration_no="CHE-234.567.895 MWST", language_code="DEU", currency_code="CHF",
        territory_code="DACH", salesperson_code="SR",
    ),
    # --- United Kingdom, United States -------------------------------------------------------------
    _firm(
        "Thames Valley Components Ltd", "customer", "Unit 4, Suttons Business Park", "RG6 1AZ", "Reading",
        "GB", county="Berkshire", phone_no="+44 118 926 4410", email="orders@tvcomponents.co.uk",
        home_page="www.tvcomponents.co.uk", vat_registration_no="GB123456782", language_code="ENG",
        currency_code="GBP", territory_code="UK", salesperson_code="JS",
    ),
    _firm(
        "Whitfield & Sons Publishing Ltd", "customer_unlinked", "27 Old Gloucester Street", "WC1N 3AX",
        "London", "GB", phone_no="+44 20 7946 0321", email="accounts@whitfield-publishing.co.uk",
        vat_registration_no="GB234567791", language_code="ENG", currency_code="GBP", territory_code="UK",
        contact="Eleanor Whitfield",
    ),
    _firm(
        "Northern Textiles plc", "vendor_direct", "Ancoats Mill, Redhill Street", "M4 5BA", "Manchester",
        "GB", county="Greater Manchester", phone_no="+44 161 496 0750", email="trade@northern-textiles.co.uk",
        home_page="www.northern-textiles.co.uk", vat_registration_no="GB345678912", language_code="ENG",
        currency_code="GBP", territory_code="UK", purchaser_code="PH",
    ),
    _firm(
        "Cascade Outdoor Supply Inc.", "customer", "1420 Fifth Avenue, Suite 900", "98101", "Seattle", "US",
        county="WA", phone_no="+1 206-555-0147", email="purchasing@cascade-outdoor.com",
        home_page="www.cascade-outdoor.com", language_code="ENU", currency_code="USD", territory_code="NA",
        salesperson_code="LF",
    ),
    _firm(
        "Hudson Data Systems LLC", "vendor_unlinked", "350 Hudson Street", "10014", "New York", "US",
        county="NY", phone_no="+1 212-555-0199", email="billing@hudson-data.com",
        home_page="www.hudson-data.com", language_code="ENU", currency_code="USD", territory_code="NA",
    ),
    _firm(
        "Lone Star Industrial Corp.", "prospect", "2200 Post Oak Boulevard", "77056", "Houston", "US",
        county="TX", phone_no="+1 713-555-0164", email="info@lonestar-industrial.com",
        home_page="www.lonestar-industrial.com", language_code="ENU", currency_code="USD",
        territory_code="NA", salesperson_code="LF",
    ),
    # --- France, Netherlands, Denmark ----------------------------------------------------------------
    _firm(
        "Lumière Électronique SARL", "customer", "18 Rue de la République", "69002", "Lyon", "FR",
        phone_no="+33 4 78 42 16 90", email="contact@lumiere-electronique.fr",
        home_page="www.lumiere-electronique.fr", vat_registration_no="FR12345668909", language_code="FRA",
        territory_code="EU", salesperson_code="AW",
    ),
    _firm(
        "Boulangerie Industrielle Dupont SA", "customer_unlinked", "42 Avenue de Flandre", "75019", "Paris",
        "FR", phone_no="+33 1 40 36 22 10", email="commandes@dupont-boulangerie.fr",
        vat_registration_no="FR23456789817", language_code="FRA", territory_code="EU", contact="Marie Dupont",
    ),
    _firm(
        "Van der Berg Logistiek B.V.", "vendor", "Waalhaven Zuidzijde 21", "3089 JH", "Rotterdam", "NL",
        phone_no="+31 10 428 5500", email="planning@vdberg-logistiek.nl", home_page="www.vdberg-logistiek.nl",
        vat_registration_no="NL123456782B01", language_code="NLD", territory_code="EU", salesperson_code="PH",
    ),
    _firm(
        "Bloemenhandel Kok B.V.", "customer_direct", "Legmeerdijk 313", "1431 GB", "Aalsmeer", "NL",
        phone_no="+31 297 392 100", email="verkoop@bloemenhandel-kok.nl",
        home_page="www.bloemenhandel-kok.nl",
        vat_registration_no="NL234567891B61", language_code="NLD", territory_code="EU", salesperson_code="AW",
    ),
    _firm(
        "Nordhavn Design ApS", "customer", "Århusgade 88", "2100", "København Ø", "DK",
        phone_no="+45 33 12 48 60", email="hej@nordhavn-design.dk", home_page="www.nordhavn-design.dk",
        vat_registration_no="DK12345674", language_code="DAN", currency_code="DKK", territory_code="NORDIC",
        salesperson_code="TB",
    ),
    _firm(
        "Jensen Møbler A/S", "vendor", "Søren Frichs Vej 42", "8230", "Åbyhøj", "DK",
        phone_no="+45 86 15 22 90", email="salg@jensen-moebler.dk", home_page="www.jensen-moebler.dk",
        vat_registration_no="DK23456788", language_code="DAN", currency_code="DKK", territory_code="NORDIC",
        salesperson_code="SR",
    ),
    # --- Banks (our own accounts) -----------------------------------------------------------------------
    _firm(
        "Deutsche Bank AG", "bank", "Unter den Linden 13-15", "10117", "Berlin", "DE",
        phone_no="+49 30 34070", email="service@db-filiale-berlin.de", home_page="www.deutsche-bank.de",
        language_code="DEU", territory_code="OST", salesperson_code="AW",
        bank={"bank_account_no": "0123456700", "bank_branch_no": "10070000", "iban": "DE43100700000123456700",
              "swift_code": "DEUTDEBBXXX", "bank_acc_posting_group": "CHECKING"},
    ),
    _firm(
        "Commerzbank AG", "bank", "Ness 7-9", "20457", "Hamburg", "DE",
        phone_no="+49 40 36830", email="filiale.hamburg@commerzbank-kunden.de",
        home_page="www.commerzbank.de",
        language_code="DEU", territory_code="NORD", salesperson_code="JS",
        bank={"bank_account_no": "0456789100", "bank_branch_no": "20040000", "iban": "DE74200400000456789100",
              "swift_code": "COBADEHHXXX", "bank_acc_posting_group": "CHECKING"},
    ),
    _firm(
        "Sparkasse KölnBonn", "bank", "Hahnenstraße 57", "50667", "Köln", "DE",
        phone_no="+49 221 2261", email="service@sparkasse-koelnbonn-kunden.de",
        home_page="www.sparkasse-koelnbonn.de", language_code="DEU", territory_code="WEST",
        salesperson_code="AW",
        bank={"bank_account_no": "0019876543", "bank_branch_no": "37050198", "iban": "DE51370501980019876543",
              "swift_code": "COLSDE33XXX", "bank_acc_posting_group": "SAVINGS"},
    ),
    _firm(
        "UniCredit Bank AG (HypoVereinsbank)", "bank_direct", "Arabellastraße 12", "81925", "München", "DE",
        phone_no="+49 89 3780", email="firmenkunden@hvb-kunden.de", home_page="www.hypovereinsbank.de",
        language_code="DEU", territory_code="SUED",
        bank={"bank_account_no": "0012345678", "bank_branch_no": "70020270", "iban": "DE40700202700012345678",
              "swift_code": "HYVEDEMMXXX", "bank_acc_posting_group": "CHECKING"},
    ),
    _firm(
        "Stadtsparkasse München", "bank_unlinked", "Sparkassenstraße 2", "80331", "München", "DE",
        phone_no="+49 89 21670", email="info@sskm-kunden.de", home_page="www.sskm.de", language_code="DEU",
        territory_code="SUED",
        bank={"bank_account_no": "0001234567", "bank_branch_no": "70150000", "iban": "DE66701500000001234567",
              "swift_code": "SSKMDEMMXXX", "bank_acc_posting_group": "SAVINGS"},
    ),
]

# Persons under companies: (company name, first name, surname, job title, salutation, e-mail, mobile, primary)
PERSONS: list[tuple[str, str, str, str, str, str, str, bool]] = [
    ("Müller & Söhne Maschinenbau GmbH", "Klaus", "Müller", "Geschäftsführer", "HERR",
     "k.mueller@mueller-maschinenbau.de", "+49 171 2345678", True),
    ("Müller & Söhne Maschinenbau GmbH", "Sabine", "Wagner", "Leiterin Einkauf", "FRAU",
     "s.wagner@mueller-maschinenbau.de", "+49 172 9876543", False),
    ("Berliner Bürobedarf GmbH", "Mehmet", "Yılmaz", "Key Account Manager", "HERR",
     "m.yilmaz@berliner-buerobedarf.de", "+49 160 4455667", True),
    ("Hanseatische Logistik AG", "Jörg", "Petersen", "Vorstand Vertrieb", "HERR",
     "j.petersen@hanselog.de", "+49 151 2233 445", True),
    ("Hanseatische Logistik AG", "Katrin", "Lange", "Disposition", "FRAU", "k.lange@hanselog.de", "", False),
    ("Isar Software GmbH", "Florian", "Huber", "CTO", "HERR", "florian.huber@isar-software.de", "", False),
    ("Weißbräu Brauhaus GmbH", "Franziska", "Gruber", "Einkauf Gastronomie", "FRAU",
     "f.gruber@weissbraeu-brauhaus.de", "+49 176 33441122", True),
    ("Schäfer & Partner Finanzberatung", "Martin", "Schäfer", "Partner", "DR",
     "m.schaefer@schaefer-partner.de", "", False),
    ("Modehaus Becker GmbH", "Claudia", "Becker", "Inhaberin", "FRAU",
     "c.becker@modehaus-becker.de", "", True),
    ("Leipziger Messebau GmbH", "Stefan", "Richter", "Projektleiter", "HERR",
     "s.richter@leipziger-messebau.de", "+49 173 5566778", False),
    ("Wirtschaftskurier Verlag GmbH", "Julia", "Neumann", "Redakteurin Mittelstand", "FRAU",
     "j.neumann@wirtschaftskurier.de", "", False),
    ("Alpenland Handels GmbH", "Andreas", "Steiner", "Prokurist", "HERR",
     "a.steiner@alpenland-handel.at", "", True),
    ("Zürcher Präzisionsuhren AG", "Reto", "Meier", "Leiter Beschaffung", "HERR",
     "reto.meier@zh-praezisionsuhren.ch", "+41 79 555 12 34", True),
    ("Thames Valley Components Ltd", "Oliver", "Bennett", "Purchasing Manager", "MR",
     "o.bennett@tvcomponents.co.uk", "+44 7700 900123", True),
    ("Cascade Outdoor Supply Inc.", "Emily", "Carter", "Buyer", "MS",
     "ecarter@cascade-outdoor.com", "", True),
    ("Lone Star Industrial Corp.", "Michael", "Rodriguez", "VP Operations", "MR",
     "m.rodriguez@lonestar-industrial.com", "", False),
    ("Lumière Électronique SARL", "Céline", "Moreau", "Directrice des achats", "MME",
     "c.moreau@lumiere-electronique.fr", "+33 6 12 34 56 78", True),
    ("Van der Berg Logistiek B.V.", "Pieter", "van der Berg", "Directeur", "MR",
     "pieter@vdberg-logistiek.nl", "", True),
    ("Nordhavn Design ApS", "Søren", "Kjær", "Indkøbschef", "MR", "sk@nordhavn-design.dk", "", True),
    ("Deutsche Bank AG", "Birgit", "Schneider", "Firmenkundenberaterin", "FRAU",
     "birgit.schneider@db-filiale-berlin.de", "", False),
    ("Sparkasse KölnBonn", "Thomas", "Klein", "Firmenkundenbetreuer", "HERR",
     "thomas.klein@sparkasse-koelnbonn-kunden.de", "", False),
]

# Persons of the demo companies who also work for us: each becomes an employee (SPEC §13) with what only
# the employee card holds (initials, company e-mail, employment date).
EMPLOYEES: list[tuple[str, str, dict[str, Any]]] = [
    ("Florian", "Huber", {"initials": "FH", "company_email": "florian.huber@contactsync-demo.example",
                          "employment_date": date(2019, 4, 1), "birth_date": date(1986, 9, 12)}),
    ("Stefan", "Richter", {"initials": "SR", "company_email": "stefan.richter@contactsync-demo.example",
                           "employment_date": date(2021, 1, 15)}),
    ("Katrin", "Lange", {"initials": "KL", "company_email": "katrin.lange@contactsync-demo.example",
                         "employment_date": date(2016, 8, 1), "status": "inactive"}),
]  # fmt: skip

# Private persons (no company) who become customers with the CUST-PERS template.
PRIVATE_CUSTOMERS: list[dict[str, Any]] = [
    {
        "first_name": "Ingrid", "surname": "Hoffmann", "salutation_code": "FRAU",
        "address": "Brandenburger Straße 21", "post_code": "14467", "city": "Potsdam",
        "country_region_code": "DE", "phone_no": "+49 331 280461", "email": "ingrid.hoffmann@web-mail.de",
        "language_code": "DEU", "territory_code": "OST",
    },
    {
        "first_name": "Lukas", "surname": "Brandstätter", "salutation_code": "HERR",
        "address": "Getreidegasse 9", "post_code": "5020", "city": "Salzburg", "country_region_code": "AT",
        "mobile_phone_no": "+43 664 1234567", "email": "lukas.b@mail-at.example", "language_code": "DEU",
        "territory_code": "DACH",
    },
]

# Words for generated customers (`add_unlinked_customers`): surname + trade + legal form.
SURNAMES = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
    "Jansen", "Petersen", "Kowalski", "Nowak", "Rossi", "Dubois", "Smith", "Jones", "Andersen", "Janssen",
]
TRADES = [
    "Maschinenbau", "Metallbau", "Elektrotechnik", "Haustechnik", "Holzbau", "Bürotechnik", "Logistik",
    "Feinmechanik", "Kunststofftechnik", "Druck & Medien", "Gebäudereinigung", "Landtechnik", "Sanitär",
    "Autohaus", "Werkzeugbau", "Verpackung", "Lebensmittel", "Textil", "Glas & Spiegel", "Software",
]
LEGAL_FORMS = ["GmbH", "GmbH & Co. KG", "AG", "KG", "OHG", "e.K."]
STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schillerstraße", "Goethestraße", "Industriestraße",
    "Lindenallee", "Marktplatz", "Mühlenweg", "Am Hafen", "Kirchstraße", "Friedrichstraße",
]
# fmt: on
