<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BusinessRelationCodesDialog</name>
    <message>
        <source>Business Relations</source>
        <translation>Geschäftsbeziehungen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No. of Contacts</source>
        <translation>Anzahl Kontakte</translation>
    </message>
    <message>
        <source>Delete business relation {code}?</source>
        <translation>Geschäftsbeziehung {code} löschen?</translation>
    </message>
</context>
<context>
    <name>CompanyInformationDialog</name>
    <message>
        <source>Company Information</source>
        <translation>Firmendaten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Als Sie begonnen haben</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Deren Wert übernehmen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>ContactRelationsDialog</name>
    <message>
        <source>Business Relations – {no} · {name}</source>
        <translation>Geschäftsbeziehungen – {no} · {name}</translation>
    </message>
    <message>
        <source>Business relations of contact {no} · {name}</source>
        <translation>Geschäftsbeziehungen von Kontakt {no} · {name}</translation>
    </message>
    <message>
        <source>(the company of contact {no})</source>
        <translation>(das Unternehmen von Kontakt {no})</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Linked To</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>Linked No.</source>
        <translation>Verknüpfte Nr.</translation>
    </message>
    <message>
        <source>&amp;Add Relation</source>
        <translation>Beziehung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open Linked Card</source>
        <translation>Verknüpfte Karte ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the link between contact {contact} and {kind} {no}? Contact and {kind} stay.</source>
        <translation>Die Verknüpfung zwischen Kontakt {contact} und {kind} {no} entfernen? Kontakt und {kind} bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove business relation {code} from contact {contact}? The contact stays.</source>
        <translation>Geschäftsbeziehung {code} von Kontakt {contact} entfernen? Der Kontakt bleibt erhalten.</translation>
    </message>
    <message>
        <source>Remove Business Relation</source>
        <translation>Geschäftsbeziehung entfernen</translation>
    </message>
</context>
<context>
    <name>DifferencesTable</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Use Value Of</source>
        <translation>Wert verwenden von</translation>
    </message>
    <message>
        <source>Choose a record above to see where its data differs from the contact&apos;s.</source>
        <translation>Wählen Sie oben einen Datensatz, um zu sehen, wo seine Daten von denen des Kontakts abweichen.</translation>
    </message>
    <message>
        <source>The contact and the record agree in every synchronized field.</source>
        <translation>Kontakt und Datensatz stimmen in allen synchronisierten Feldern überein.</translation>
    </message>
    <message>
        <source>{n} synchronized fields differ. Where one side is blank, the side with a value wins; where both have one, the master fields win. You can choose per field.</source>
        <translation>{n} synchronisierte Felder unterscheiden sich. Wo eine Seite leer ist, gewinnt die Seite mit einem Wert; wo beide einen haben, gewinnen die Masterfelder. Sie können je Feld wählen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>This value wins</source>
        <translation>Dieser Wert gilt</translation>
    </message>
    <message>
        <source>This blank is filled</source>
        <translation>Dieses leere Feld wird gefüllt</translation>
    </message>
    <message>
        <source>This value is overwritten</source>
        <translation>Dieser Wert wird überschrieben</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate Contacts</source>
        <translation>Kontaktdubletten</translation>
    </message>
    <message>
        <source>Contact No.</source>
        <translation>Kontaktnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Duplicate Contact No.</source>
        <translation>Dubletten-Kontaktnr.</translation>
    </message>
    <message>
        <source>Duplicate Name</source>
        <translation>Dublettenname</translation>
    </message>
    <message>
        <source>Matching Strings</source>
        <translation>Übereinstimmende Zeichenfolgen</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>Keine Dublette</translation>
    </message>
    <message>
        <source>Open Contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>Open Duplicate</source>
        <translation>Dublette öffnen</translation>
    </message>
    <message>
        <source>{n} possible duplicates, {m} marked as not a duplicate.</source>
        <translation>{n} mögliche Dubletten, {m} als keine Dublette markiert.</translation>
    </message>
</context>
<context>
    <name>FieldMapPage</name>
    <message>
        <source>All linked tables</source>
        <translation>Alle verknüpften Tabellen</translation>
    </message>
    <message>
        <source>Contact Field</source>
        <translation>Kontaktfeld</translation>
    </message>
    <message>
        <source>Linked Table</source>
        <translation>Verknüpfte Tabelle</translation>
    </message>
    <message>
        <source>Linked Field</source>
        <translation>Verknüpftes Feld</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Unticked fields are no longer copied between contact and linked record; their values stay.</source>
        <translation>Nicht angehakte Felder werden nicht mehr zwischen Kontakt und verknüpftem Datensatz kopiert; ihre Werte bleiben erhalten.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link Contact with Existing {kind}</source>
        <translation>Kontakt mit vorhandenem {kind} verknüpfen</translation>
    </message>
    <message>
        <source>Link contact {no} · {name} with an existing {kind}.</source>
        <translation>Kontakt {no} · {name} mit einem vorhandenen Datensatz der Tabelle {kind} verknüpfen.</translation>
    </message>
    <message>
        <source>Search by no., name or city</source>
        <translation>Suche nach Nr., Name oder Ort</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>The contact&apos;s values always win: this kind is synchronized from the contact only.</source>
        <translation>Die Werte des Kontakts gewinnen immer: Diese Art wird nur vom Kontakt aus synchronisiert.</translation>
    </message>
    <message>
        <source>{kinds} without a Contact</source>
        <translation>{kinds} ohne Kontakt</translation>
    </message>
    <message>
        <source>Which Data Wins</source>
        <translation>Welche Daten gelten</translation>
    </message>
    <message>
        <source>Current &amp;master fields:</source>
        <translation>Aktuelle &amp;Masterfelder:</translation>
    </message>
    <message>
        <source>Showing the first {n}; type to narrow the list.</source>
        <translation>Die ersten {n} werden angezeigt; tippen Sie, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <source>Nothing is overwritten: only blank fields are filled.</source>
        <translation>Nichts wird überschrieben: Nur leere Felder werden gefüllt.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>What each record loses when you choose OK:</source>
        <translation>Was jeder Datensatz verliert, wenn Sie OK wählen:</translation>
    </message>
    <message>
        <source>• Contact {no}: {fields}</source>
        <translation>• Kontakt {no}: {fields}</translation>
    </message>
    <message>
        <source>• {kind} {no}: {fields}</source>
        <translation>• {kind} {no}: {fields}</translation>
    </message>
    <message>
        <source>The contact&apos;s linked records take its new values too: {records}.</source>
        <translation>Die verknüpften Datensätze des Kontakts übernehmen seine neuen Werte ebenfalls: {records}.</translation>
    </message>
    <message>
        <source>⚠ The names differ: contact “{contact}”, {kind} “{record}”. Make sure both are the same party before you link them.</source>
        <translation>⚠ Die Namen unterscheiden sich: Kontakt „{contact}“, {kind} „{record}“. Prüfen Sie, ob beide dasselbe Unternehmen bzw. dieselbe Person sind, bevor Sie sie verknüpfen.</translation>
    </message>
    <message>
        <source>Choose the record to link.</source>
        <translation>Wählen Sie den Datensatz, der verknüpft werden soll.</translation>
    </message>
    <message>
        <source>Link them anyway?</source>
        <translation>Trotzdem verknüpfen?</translation>
    </message>
    <message>
        <source>Link with Existing</source>
        <translation>Mit vorhandenem verknüpfen</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log Interaction · Contact {no}</source>
        <translation>Aktivität protokollieren · Kontakt {no}</translation>
    </message>
</context>
<context>
    <name>MarketingSetupDialog</name>
    <message>
        <source>Marketing Setup</source>
        <translation>Marketing &amp; Vertrieb Einr.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Inheritance</source>
        <translation>Vererbung</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Synchronized Fields</source>
        <translation>Synchronisierte Felder</translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK.</source>
        <translation>Änderungen werden mit OK wirksam.</translation>
    </message>
    <message>
        <source>{field} {code}, links using it: {count}</source>
        <translation>{field} {code}, Verknüpfungen damit: {count}</translation>
    </message>
    <message>
        <source>You blank a business relation code that existing links use:
{lines}

Those links keep their business relation and keep synchronizing. New links of that kind will not be made: no automatic contacts, no Create as, Link with existing or batch job for it, until the code is filled again.

Blank the code anyway?</source>
        <translation>Sie leeren einen Geschäftsbeziehungscode, den vorhandene Verknüpfungen verwenden:
{lines}

Diese Verknüpfungen behalten ihre Geschäftsbeziehung und werden weiter synchronisiert. Neue Verknüpfungen dieser Art entstehen nicht mehr: keine automatischen Kontakte, kein Erstellen als, kein Mit vorhandenem verknüpfen und keine Stapelverarbeitung dafür, bis der Code wieder ausgefüllt ist.

Den Code trotzdem leeren?</translation>
    </message>
    <message>
        <source>A blank code: no new links of that kind (no automatic contacts, Create as, Link or batch job); existing links keep synchronizing. The codes must differ from each other.</source>
        <translation>Leerer Code: keine neuen Verknüpfungen dieser Art (keine automatischen Kontakte, kein Erstellen als, Verknüpfen oder Stapelverarbeitung); vorhandene Verknüpfungen werden weiter synchronisiert. Die Codes müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>A value a person changed by hand is kept.</source>
        <translation>Ein Wert, den eine Person von Hand geändert hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Business Relations</source>
        <translation>Geschäftsbeziehungen</translation>
    </message>
    <message>
        <source>Defaults for Contacts Entered by Hand</source>
        <translation>Standardwerte für von Hand erfasste Kontakte</translation>
    </message>
    <message>
        <source>Duplicate Search</source>
        <translation>Dublettensuche</translation>
    </message>
    <message>
        <source>For contacts without a salutation code of their own: the greeting on documents and e-mails.</source>
        <translation>Für Kontakte ohne eigenen Anredecode: die Anrede auf Belegen und in E-Mails.</translation>
    </message>
    <message>
        <source>Not applied to contacts created from a customer, vendor or bank account.</source>
        <translation>Gilt nicht für Kontakte, die aus einem Debitor, Kreditor oder Bankkonto erstellt werden.</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Nummerierung</translation>
    </message>
    <message>
        <source>Off: numbers are stored as typed. On: a number valid for the record&apos;s country is stored in international format (030 3180552 in Germany becomes +49 30 3180552).</source>
        <translation>Aus: Nummern werden gespeichert, wie sie eingegeben wurden. Ein: Eine für das Land des Datensatzes gültige Nummer wird im internationalen Format gespeichert (030 3180552 in Deutschland wird zu +49 30 3180552).</translation>
    </message>
    <message>
        <source>Persons Inherit from Their Company</source>
        <translation>Personen übernehmen von ihrem Unternehmen</translation>
    </message>
    <message>
        <source>Phone Numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Anreden</translation>
    </message>
</context>
<context>
    <name>NoSeriesDialog</name>
    <message>
        <source>Number Series</source>
        <translation>Nummernserien</translation>
    </message>
    <message>
        <source>Delete number series {code}? Numbers already given stay as they are.</source>
        <translation>Nummernserie {code} löschen? Bereits vergebene Nummern bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Delete template {code}?</source>
        <translation>Vorlage {code} löschen?</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>About ContactSync</source>
        <translation>Über ContactSync</translation>
    </message>
    <message>
        <source>Add a line at the end</source>
        <translation>Eine Zeile am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Available once the new record is saved: enter its first value</source>
        <translation>Verfügbar, sobald der neue Datensatz gespeichert ist: geben Sie seinen ersten Wert ein</translation>
    </message>
    <message>
        <source>Business Relations…</source>
        <translation>Geschäftsbeziehungen…</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Überlappend</translation>
    </message>
    <message>
        <source>Close All Windows</source>
        <translation>Alle Fenster schließen</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>Company Information…</source>
        <translation>Firmendaten…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts that look like this one</source>
        <translation>Kontakte, die diesem ähneln</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete Line</source>
        <translation>Zeile löschen</translation>
    </message>
    <message>
        <source>Delete the selected document (asks first)</source>
        <translation>Den markierten Beleg löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Delete the selected line (asks first)</source>
        <translation>Die markierte Zeile löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Delete the selected record (asks first)</source>
        <translation>Den markierten Datensatz löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Delete this record (asks first)</source>
        <translation>Diesen Datensatz löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Documents are made from a contact: Contact card › New Document</source>
        <translation>Belege werden aus einem Kontakt erstellt: Kontaktkarte › Neuer Beleg</translation>
    </message>
    <message>
        <source>Duplicate Contacts…</source>
        <translation>Kontaktdubletten…</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>Dubletten…</translation>
    </message>
    <message>
        <source>Export Contacts…</source>
        <translation>Kontakte exportieren…</translation>
    </message>
    <message>
        <source>Hand the document to the mail client or save it as an e-mail file</source>
        <translation>Den Beleg an das E-Mail-Programm übergeben oder als E-Mail-Datei speichern</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <source>Log Interaction…</source>
        <translation>Aktivität protokollieren…</translation>
    </message>
    <message>
        <source>Make Order</source>
        <translation>Auftrag erstellen</translation>
    </message>
    <message>
        <source>Marketing Setup…</source>
        <translation>Marketing &amp;&amp; Vertrieb Einr.…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New Line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Neue Einkaufsbestellung</translation>
    </message>
    <message>
        <source>New purchase quote</source>
        <translation>Neue Einkaufsanfrage</translation>
    </message>
    <message>
        <source>New sales order for this contact</source>
        <translation>Neuer Verkaufsauftrag für diesen Kontakt</translation>
    </message>
    <message>
        <source>New sales quote for this contact</source>
        <translation>Neues Verkaufsangebot für diesen Kontakt</translation>
    </message>
    <message>
        <source>Not available for this record</source>
        <translation>Für diesen Datensatz nicht verfügbar</translation>
    </message>
    <message>
        <source>Number Series…</source>
        <translation>Nummernserien…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open a new, empty card</source>
        <translation>Eine neue, leere Karte öffnen</translation>
    </message>
    <message>
        <source>Open the card of the selected document (Enter)</source>
        <translation>Die Karte des markierten Belegs öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Open the card of the selected record (Enter)</source>
        <translation>Die Karte des markierten Datensatzes öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Open the contact of this document</source>
        <translation>Den Kontakt dieses Belegs öffnen</translation>
    </message>
    <message>
        <source>Open the contact of this record (or create one)</source>
        <translation>Den Kontakt dieses Datensatzes öffnen (oder erstellen)</translation>
    </message>
    <message>
        <source>Open the customer of this document</source>
        <translation>Den Debitor dieses Belegs öffnen</translation>
    </message>
    <message>
        <source>Open the vendor of this document</source>
        <translation>Den Kreditor dieses Belegs öffnen</translation>
    </message>
    <message>
        <source>Print the document or save it as PDF</source>
        <translation>Den Beleg drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Purchase Documents</source>
        <translation>Einkaufsbelege</translation>
    </message>
    <message>
        <source>Purchase Order</source>
        <translation>Einkaufsbestellung</translation>
    </message>
    <message>
        <source>Purchase Quote</source>
        <translation>Einkaufsanfrage</translation>
    </message>
    <message>
        <source>Put back every value the selected change wrote, if none has changed since</source>
        <translation>Jeden Wert zurücksetzen, den die markierte Änderung geschrieben hat, sofern sich keiner seitdem geändert hat</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Read the record again</source>
        <translation>Den Datensatz neu lesen</translation>
    </message>
    <message>
        <source>Record a call, meeting, note or e-mail</source>
        <translation>Einen Anruf, eine Besprechung, Notiz oder E-Mail erfassen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sales Documents</source>
        <translation>Verkaufsbelege</translation>
    </message>
    <message>
        <source>Sales Order</source>
        <translation>Verkaufsauftrag</translation>
    </message>
    <message>
        <source>Sales Quote</source>
        <translation>Verkaufsangebot</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search by no., name, city or phone</source>
        <translation>Suche nach Nr., Name, Ort oder Telefon</translation>
    </message>
    <message>
        <source>Search by no., name, city, contact or partner no.</source>
        <translation>Suche nach Nr., Name, Ort, Kontakt oder Partnernr.</translation>
    </message>
    <message>
        <source>Select a record in the list first</source>
        <translation>Wählen Sie zuerst einen Datensatz in der Liste aus</translation>
    </message>
    <message>
        <source>Select an entry first</source>
        <translation>Wählen Sie zuerst einen Posten aus</translation>
    </message>
    <message>
        <source>Send by E-mail…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <source>Show and edit the contact&apos;s business relations</source>
        <translation>Die Geschäftsbeziehungen des Kontakts anzeigen und bearbeiten</translation>
    </message>
    <message>
        <source>Tabbed View</source>
        <translation>Registeransicht</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Turn this quote into an order</source>
        <translation>Dieses Angebot in einen Auftrag umwandeln</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Diese Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Kreditor</translation>
    </message>
</context>
<context>
    <name>batch</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All, or e.g. 10000..20000|K*</source>
        <translation>Alle, oder z. B. 10000..20000|K*</translation>
    </message>
    <message>
        <source>Cancelled: what was done stays done.</source>
        <translation>Abgebrochen: Was bereits erledigt ist, bleibt erledigt.</translation>
    </message>
    <message>
        <source>Contacts created</source>
        <translation>Angelegte Kontakte</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Create contacts for {n} {kinds}? This runs in the background; you can keep working and cancel it.</source>
        <translation>Kontakte für {n} {kinds} anlegen? Das läuft im Hintergrund; Sie können weiterarbeiten und abbrechen.</translation>
    </message>
    <message>
        <source>Creating contacts…</source>
        <translation>Kontakte werden angelegt…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Filters as in Business Central: 10000..20000 (range), A* (begins with), A|B (either), &lt;&gt;X (not X).</source>
        <translation>Filter wie in Business Central: 10000..20000 (Bereich), A* (beginnt mit), A|B (eines von beiden), &lt;&gt;X (nicht X).</translation>
    </message>
    <message>
        <source>No possible duplicates were found.</source>
        <translation>Es wurden keine möglichen Dubletten gefunden.</translation>
    </message>
    <message>
        <source>No record to run: change the filters.</source>
        <translation>Kein Datensatz zu verarbeiten: Ändern Sie die Filter.</translation>
    </message>
    <message>
        <source>Nothing to do: no {kinds} without a contact match these filters.</source>
        <translation>Nichts zu tun: Keine {kinds} ohne Kontakt entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Open &amp;Duplicates</source>
        <translation>&amp;Dubletten öffnen</translation>
    </message>
    <message>
        <source>Possible duplicates found</source>
        <translation>Mögliche Dubletten gefunden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Review the possible duplicates on the Duplicate Contacts page.</source>
        <translation>Prüfen Sie die möglichen Dubletten auf der Seite Kontaktdubletten.</translation>
    </message>
    <message>
        <source>Skipped (already linked)</source>
        <translation>Übersprungen (bereits verknüpft)</translation>
    </message>
    <message>
        <source>Will get a contact: {to_create} of {total} {kinds}. Already linked: {linked}.</source>
        <translation>Erhalten einen Kontakt: {to_create} von {total} {kinds}. Bereits verknüpft: {linked}.</translation>
    </message>
    <message>
        <source>{n}: {reason}</source>
        <translation>{n}: {reason}</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>New {kind}</source>
        <translation>{kind} (neu)</translation>
    </message>
    <message>
        <source>{fields}: what you typed is not saved yet. Save it before closing?</source>
        <translation>{fields}: Ihre Eingabe ist noch nicht gespeichert. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>These values could not be saved:
{errors}

Close the card and discard them?</source>
        <translation>Diese Werte konnten nicht gespeichert werden:
{errors}

Die Karte schließen und sie verwerfen?</translation>
    </message>
    <message>
        <source>for company {name}</source>
        <translation>für Unternehmen {name}</translation>
    </message>
    <message>
        <source>Works on company {no} {name}: a person&apos;s {kind_lower} is its company&apos;s.</source>
        <translation>Wirkt auf Unternehmen {no} {name}: {kind_lower} einer Person wird beim Unternehmen geführt.</translation>
    </message>
    <message>
        <source>This contact is a person of company {no} {name}. The {kind_lower} is the company&apos;s: it will be made for company {no} {name}, with the company&apos;s address. Continue?</source>
        <translation>Dieser Kontakt ist eine Person des Unternehmens {no} {name}. {kind_lower} gehört zum Unternehmen: Die Anlage erfolgt für Unternehmen {no} {name}, mit dessen Adresse. Fortfahren?</translation>
    </message>
    <message>
        <source>Blocked due to privacy</source>
        <translation>Aus Datenschutzgründen gesperrt</translation>
    </message>
    <message>
        <source>Blocked due to privacy: company contact {no}</source>
        <translation>Aus Datenschutzgründen gesperrt: Unternehmenskontakt {no}</translation>
    </message>
    <message>
        <source>Only for person contacts: this contact is a company</source>
        <translation>Nur für Personenkontakte: Dieser Kontakt ist ein Unternehmen</translation>
    </message>
    <message>
        <source>No {kind_lower} is linked to this contact: use Create as or Link with existing</source>
        <translation>Mit diesem Kontakt ist kein {kind_lower} verknüpft: verwenden Sie „Erstellen als“ oder „Mit vorhandenem verknüpfen“</translation>
    </message>
    <message>
        <source>Already linked to {kind} {no}</source>
        <translation>Bereits verknüpft mit {kind} {no}</translation>
    </message>
    <message>
        <source>Create as {kind}</source>
        <translation>Erstellen als {kind}</translation>
    </message>
    <message>
        <source>{kind} {no} has been created.</source>
        <translation>{kind} {no} wurde erstellt.</translation>
    </message>
    <message>
        <source>{kind} {no} has been created. Billing and posting details are entered on the {kind_lower} card.</source>
        <translation>{kind} {no} wurde erstellt. Fakturierungs- und Buchungsdetails werden auf der Karte {kind_lower} erfasst.</translation>
    </message>
    <message>
        <source>Link with existing {kind}</source>
        <translation>Mit vorhandenem {kind} verknüpfen</translation>
    </message>
    <message>
        <source>Several templates fit this contact. Which one?</source>
        <translation>Mehrere Vorlagen passen zu diesem Kontakt. Welche?</translation>
    </message>
    <message>
        <source>Kept on contact {no}: change it there.</source>
        <translation>Wird auf Kontakt {no} gepflegt: Ändern Sie es dort.</translation>
    </message>
    <message>
        <source>Synchronized from contact &lt;a href=&quot;{no}&quot;&gt;{no}&lt;/a&gt;: change these fields there.</source>
        <translation>Von Kontakt &lt;a href=&quot;{no}&quot;&gt;{no}&lt;/a&gt; synchronisiert: Ändern Sie diese Felder dort.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>{record} has no contact. Create one?</source>
        <translation>{record} hat keinen Kontakt. Einen erstellen?</translation>
    </message>
    <message>
        <source>Address &amp; Contact</source>
        <translation>Adresse &amp; Kontakt</translation>
    </message>
    <message>
        <source>Business Relations</source>
        <translation>Geschäftsbeziehungen</translation>
    </message>
    <message>
        <source>Buy-from Vendor</source>
        <translation>Eink. von Kreditor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Create as</source>
        <translation>Erstellen als</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Interaction Log</source>
        <translation>Aktivitätenprotokoll</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturierung</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Link with existing</source>
        <translation>Mit vorhandenem verknüpfen</translation>
    </message>
    <message>
        <source>Linked To</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Neuer Beleg</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Purchase Document</source>
        <translation>Einkaufsbeleg</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Zugehörig</translation>
    </message>
    <message>
        <source>Sales Document</source>
        <translation>Verkaufsbeleg</translation>
    </message>
    <message>
        <source>Segmentation &amp; Foreign Trade</source>
        <translation>Segmentierung &amp; Außenhandel</translation>
    </message>
    <message>
        <source>Sell-to Customer</source>
        <translation>Verk. an Debitor</translation>
    </message>
    <message>
        <source>Source → Targets</source>
        <translation>Quelle → Ziele</translation>
    </message>
    <message>
        <source>Sync History</source>
        <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>No synchronized changes yet.</source>
        <translation>Noch keine synchronisierten Änderungen.</translation>
    </message>
    <message>
        <source>Possible duplicate of {link} {name} ({percent} %)</source>
        <translation>Mögliche Dublette von {link} {name} ({percent} %)</translation>
    </message>
    <message>
        <source>Put these values back on every record the change reached?

{lines}</source>
        <translation>Diese Werte auf jedem Datensatz zurücksetzen, den die Änderung erreicht hat?

{lines}</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Diese Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>und {n} weitere</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>purchase document</source>
        <translation>Einkaufsbeleg</translation>
    </message>
    <message>
        <source>sales document</source>
        <translation>Verkaufsbeleg</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>ContactSync</source>
        <translation>ContactSync</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Purchase Order</source>
        <translation>Einkaufsbestellung</translation>
    </message>
    <message>
        <source>Purchase Quote</source>
        <translation>Einkaufsanfrage</translation>
    </message>
    <message>
        <source>Sales Order</source>
        <translation>Verkaufsauftrag</translation>
    </message>
    <message>
        <source>Sales Quote</source>
        <translation>Verkaufsangebot</translation>
    </message>
    <message>
        <source>Amount Excl. VAT</source>
        <translation>Betrag ohne MwSt.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete Line</source>
        <translation>Zeile löschen</translation>
    </message>
    <message>
        <source>Delete line {line}?</source>
        <translation>Zeile {line} löschen?</translation>
    </message>
    <message>
        <source>Delete {doc} {no} and its {count} line(s)? Its interaction log entries stay.</source>
        <translation>{doc} {no} und die zugehörigen {count} Zeile(n) löschen? Die Aktivitätenprotokollposten bleiben erhalten.</translation>
    </message>
    <message>
        <source>E-mail files (*.eml)</source>
        <translation>E-Mail-Dateien (*.eml)</translation>
    </message>
    <message>
        <source>How do you want to send {doc} {no}?</source>
        <translation>Wie möchten Sie {doc} {no} senden?</translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Make Order</source>
        <translation>Auftrag erstellen</translation>
    </message>
    <message>
        <source>Make {doc} {no} into an order?</source>
        <translation>{doc} {no} in einen Auftrag umwandeln?</translation>
    </message>
    <message>
        <source>New {doc}</source>
        <translation>Neu: {doc}</translation>
    </message>
    <message>
        <source>No mail client could be started for this document.</source>
        <translation>Für diesen Beleg konnte kein E-Mail-Programm gestartet werden.</translation>
    </message>
    <message>
        <source>No program could be started to open the PDF file.</source>
        <translation>Es konnte kein Programm zum Öffnen der PDF-Datei gestartet werden.</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Beleg öffnen</translation>
    </message>
    <message>
        <source>Open in the mail client (text in the message)</source>
        <translation>Im E-Mail-Programm öffnen (Text in der Nachricht)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save an e-mail file (.eml) with the PDF attached…</source>
        <translation>Eine E-Mail-Datei (.eml) mit der PDF als Anhang speichern…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Send by E-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>The E-Mail of the contact is not a single valid e-mail address. Correct it on the contact card, then send again.</source>
        <translation>Die E-Mail des Kontakts ist keine einzelne gültige E-Mail-Adresse. Korrigieren Sie sie auf der Kontaktkarte und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The e-mail file could not be written: {reason}</source>
        <translation>Die E-Mail-Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Total {currency} Excl. VAT</source>
        <translation>Gesamt {currency} ohne MwSt.</translation>
    </message>
    <message>
        <source>Total {currency} Incl. VAT</source>
        <translation>Gesamt {currency} inkl. MwSt.</translation>
    </message>
    <message>
        <source>Total {currency}: {amount}</source>
        <translation>Summe {currency}: {amount}</translation>
    </message>
    <message>
        <source>Type here to add a line</source>
        <translation>Hier tippen, um eine Zeile hinzuzufügen</translation>
    </message>
    <message>
        <source>please find our {doc} {no} of {date}.</source>
        <translation>anbei erhalten Sie {doc} {no} vom {date}.</translation>
    </message>
    <message>
        <source>{contact} wants documents as hard copy (Correspondence Type). Send by e-mail anyway?</source>
        <translation>{contact} möchte Belege als Ausdruck (Korrespondenzart). Trotzdem per E-Mail senden?</translation>
    </message>
    <message>
        <source>{contact} wants documents by e-mail (Correspondence Type). Print anyway?</source>
        <translation>{contact} möchte Belege per E-Mail (Korrespondenzart). Trotzdem drucken?</translation>
    </message>
    <message>
        <source>{contact} wants documents by fax (Correspondence Type). Send by e-mail anyway?</source>
        <translation>{contact} möchte Belege per Fax (Korrespondenzart). Trotzdem per E-Mail senden?</translation>
    </message>
    <message>
        <source>{doc} {no} has been saved as {path}.

Do you want to open it now?</source>
        <translation>{doc} {no} wurde als {path} gespeichert.

Möchten Sie die Datei jetzt öffnen?</translation>
    </message>
    <message>
        <source>{message}

Create the customer from contact {contact} now and make the order?</source>
        <translation>{message}

Den Debitor jetzt aus Kontakt {contact} erstellen und den Auftrag erstellen?</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>{path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>{percent}% VAT on {base}</source>
        <translation>{percent} % MwSt. auf {base}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>--open expects KIND, KIND/NO or KIND/new with KIND one of {kinds}, e.g. contact/CT000001.</source>
        <translation>--open erwartet ART, ART/NR oder ART/new mit ART aus {kinds}, z. B. contact/CT000001.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Autosearch for Duplicates</source>
        <translation>Automatische Dublettensuche</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Bank Acc. Posting Group</source>
        <translation>Bankkontobuchungsgruppe</translation>
    </message>
    <message>
        <source>Bank Account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Bank Account No.</source>
        <translation>Bankkontonummer</translation>
    </message>
    <message>
        <source>Bank Account Nos.</source>
        <translation>Bankkontonummern</translation>
    </message>
    <message>
        <source>Bank Accounts</source>
        <translation>Bankkonten</translation>
    </message>
    <message>
        <source>Bank Branch No.</source>
        <translation>Bankleitzahl</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Birth Date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Bank Accs.</source>
        <translation>Gesch.-Bez.-Code für Bankkonten</translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Customers</source>
        <translation>Gesch.-Bez.-Code für Debitoren</translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Employees</source>
        <translation>Gesch.-Bez.-Code für Mitarbeiter</translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Vendors</source>
        <translation>Gesch.-Bez.-Code für Kreditoren</translation>
    </message>
    <message>
        <source>Business Relation</source>
        <translation>Geschäftsbeziehung</translation>
    </message>
    <message>
        <source>Business customer</source>
        <translation>Geschäftskunde</translation>
    </message>
    <message>
        <source>Business relation {code} already exists.</source>
        <translation>Geschäftsbeziehung {code} ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Business relation {code} does not exist.</source>
        <translation>Geschäftsbeziehung {code} ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Buy-from Vendor No.</source>
        <translation>Eink. von Kred.-Nr.</translation>
    </message>
    <message>
        <source>Cancelled: what was done stays done.</source>
        <translation>Abgebrochen: Was bereits erledigt ist, bleibt erledigt.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <source>Company No.</source>
        <translation>Unternehmensnr.</translation>
    </message>
    <message>
        <source>Company “{name}” exists more than once.</source>
        <translation>Unternehmen „{name}“ ist mehrfach vorhanden.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact Email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Contact No.</source>
        <translation>Kontaktnr.</translation>
    </message>
    <message>
        <source>Contact Nos.</source>
        <translation>Kontaktnummern</translation>
    </message>
    <message>
        <source>Contact Phone No.</source>
        <translation>Kontakttelefonnr.</translation>
    </message>
    <message>
        <source>Contact Type</source>
        <translation>Kontaktart</translation>
    </message>
    <message>
        <source>Contact {contact} already has a business relation with {kind} {no}.</source>
        <translation>Kontakt {contact} hat bereits eine Geschäftsbeziehung mit {kind} {no}.</translation>
    </message>
    <message>
        <source>Contact {contact} already uses business relation {code} for {kind} {no}.</source>
        <translation>Kontakt {contact} verwendet die Geschäftsbeziehung {code} bereits für {kind} {no}.</translation>
    </message>
    <message>
        <source>Contact {contact} is not related to {kind} {no}.</source>
        <translation>Kontakt {contact} steht in keiner Beziehung zu {kind} {no}.</translation>
    </message>
    <message>
        <source>Contact {no} already has business relation {code}.</source>
        <translation>Kontakt {no} hat bereits die Geschäftsbeziehung {code}.</translation>
    </message>
    <message>
        <source>Contact {no} has a VAT registration no. and cannot become a person.</source>
        <translation>Kontakt {no} hat eine USt-IdNr. und kann keine Person werden.</translation>
    </message>
    <message>
        <source>Contact {no} has a currency code and cannot become a person.</source>
        <translation>Kontakt {no} hat einen Währungscode und kann keine Person werden.</translation>
    </message>
    <message>
        <source>Contact {no} has business relations with customers, vendors or bank accounts and cannot become a person.</source>
        <translation>Kontakt {no} hat Geschäftsbeziehungen mit Debitoren, Kreditoren oder Bankkonten und kann keine Person werden.</translation>
    </message>
    <message>
        <source>Contact {no} has its own business relations; remove them before assigning it to a company.</source>
        <translation>Kontakt {no} hat eigene Geschäftsbeziehungen; entfernen Sie diese, bevor Sie ihn einem Unternehmen zuordnen.</translation>
    </message>
    <message>
        <source>Contact {no} has no business relation {code}.</source>
        <translation>Kontakt {no} hat keine Geschäftsbeziehung {code}.</translation>
    </message>
    <message>
        <source>Contact {no} has persons under it and cannot become a person.</source>
        <translation>Zu Kontakt {no} gehören Personen; er kann keine Person werden.</translation>
    </message>
    <message>
        <source>Contact {no} is a person without a company and cannot be related to a {kind}.</source>
        <translation>Kontakt {no} ist eine Person ohne Unternehmen und kann nicht mit der Tabelle {kind} in Beziehung stehen.</translation>
    </message>
    <message>
        <source>Contact {no} is already imported by line {line} of the file.</source>
        <translation>Kontakt {no} wird bereits durch Zeile {line} der Datei importiert.</translation>
    </message>
    <message>
        <source>Contact {no} is not a customer yet, and a quote for it needs a customer template for contact type {type}. Create one under Setup › Templates.</source>
        <translation>Kontakt {no} ist noch kein Debitor, und ein Angebot für ihn benötigt eine Debitorenvorlage für die Kontaktart {type}. Erstellen Sie eine unter Einrichtung › Vorlagen.</translation>
    </message>
    <message>
        <source>Contact {no} is not related to a {kind}. Create the {kind} first with Create as › {Kind}.</source>
        <translation>Kontakt {no} steht in keiner Beziehung zur Tabelle {kind}. Erstellen Sie zuerst den Datensatz mit Erstellen als › {Kind}.</translation>
    </message>
    <message>
        <source>Contact → record only</source>
        <translation>Nur Kontakt → Datensatz</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contacts cannot be numbered: fill in “{setup_field}” in the Marketing Setup.</source>
        <translation>Kontakte können nicht nummeriert werden: Füllen Sie „{setup_field}“ in Marketing &amp; Vertrieb Einr. aus.</translation>
    </message>
    <message>
        <source>Contacts created from {kinds}: {created}; skipped (already linked): {skipped}.</source>
        <translation>Aus {kinds} erstellte Kontakte: {created}; übersprungen (bereits verknüpft): {skipped}.</translation>
    </message>
    <message>
        <source>Correspondence Type</source>
        <translation>Korrespondenzart</translation>
    </message>
    <message>
        <source>Country/Region Code</source>
        <translation>Länder-/Regionscode</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Bundesregion</translation>
    </message>
    <message>
        <source>Create Contacts from Bank Accounts</source>
        <translation>Kontakte aus Bankkonten erstellen</translation>
    </message>
    <message>
        <source>Create Contacts from Customers</source>
        <translation>Kontakte aus Debitoren erstellen</translation>
    </message>
    <message>
        <source>Create Contacts from Vendors</source>
        <translation>Kontakte aus Kreditoren erstellen</translation>
    </message>
    <message>
        <source>Create as Bank Account</source>
        <translation>Erstellen als Bankkonto</translation>
    </message>
    <message>
        <source>Create as Customer</source>
        <translation>Erstellen als Debitor</translation>
    </message>
    <message>
        <source>Create as Vendor</source>
        <translation>Erstellen als Kreditor</translation>
    </message>
    <message>
        <source>Credit Limit (LCY)</source>
        <translation>Kreditlimit (MW)</translation>
    </message>
    <message>
        <source>Currency Code</source>
        <translation>Währungscode</translation>
    </message>
    <message>
        <source>Current master fields must be Contact or {kind}.</source>
        <translation>Aktuelle Masterfelder muss Kontakt oder {kind} sein.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>Customer Nos.</source>
        <translation>Debitorennummern</translation>
    </message>
    <message>
        <source>Customer Posting Group</source>
        <translation>Debitorenbuchungsgruppe</translation>
    </message>
    <message>
        <source>Customer Templates</source>
        <translation>Debitorenvorlagen</translation>
    </message>
    <message>
        <source>Customer numbers {first} to {last} are partly in use already; nothing was added.</source>
        <translation>Die Debitorennummern {first} bis {last} sind teilweise bereits vergeben; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Customer template {code} does not exist.</source>
        <translation>Debitorenvorlage {code} ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Debitoren</translation>
    </message>
    <message>
        <source>Customers cannot be numbered: fill in “{setup_field}” in the Marketing Setup.</source>
        <translation>Debitoren können nicht nummeriert werden: Füllen Sie „{setup_field}“ in Marketing &amp; Vertrieb Einr. aus.</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Danish Krone</source>
        <translation>Dänische Krone</translation>
    </message>
    <message>
        <source>Default Company Salutation Code</source>
        <translation>Standardanredecode Unternehmen</translation>
    </message>
    <message>
        <source>Default Country/Region Code</source>
        <translation>Standardländer-/Regionscode</translation>
    </message>
    <message>
        <source>Default Language Code</source>
        <translation>Standardsprachcode</translation>
    </message>
    <message>
        <source>Default Person Salutation Code</source>
        <translation>Standardanredecode Person</translation>
    </message>
    <message>
        <source>Default Salesperson Code</source>
        <translation>Standardverkäufercode</translation>
    </message>
    <message>
        <source>Default Territory Code</source>
        <translation>Standardgebietscode</translation>
    </message>
    <message>
        <source>Delete {kind} {no}?</source>
        <translation>{kind} {no} löschen?</translation>
    </message>
    <message>
        <source>Demo data is already loaded; nothing was added.</source>
        <translation>Die Demodaten sind bereits geladen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Document Date</source>
        <translation>Belegdatum</translation>
    </message>
    <message>
        <source>Document Type</source>
        <translation>Belegart</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Enabled must be Yes or No.</source>
        <translation>Aktiviert muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Englisch (GB)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Englisch (USA)</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Extension No.</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Fax No.</source>
        <translation>Faxnr.</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Format Phone Numbers</source>
        <translation>Telefonnummern formatieren</translation>
    </message>
    <message>
        <source>Format Region</source>
        <translation>Formatregion</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Gen. Bus. Posting Group</source>
        <translation>Geschäftsbuchungsgruppe</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Home Page</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Increment-by No.</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Inherit Address Details</source>
        <translation>Adressdetails übernehmen</translation>
    </message>
    <message>
        <source>Inherit Communication Details</source>
        <translation>Kommunikationsdetails übernehmen</translation>
    </message>
    <message>
        <source>Inherit Country/Region Code</source>
        <translation>Länder-/Regionscode übernehmen</translation>
    </message>
    <message>
        <source>Inherit Language Code</source>
        <translation>Sprachcode übernehmen</translation>
    </message>
    <message>
        <source>Inherit Salesperson Code</source>
        <translation>Verkäufercode übernehmen</translation>
    </message>
    <message>
        <source>Inherit Territory Code</source>
        <translation>Gebietscode übernehmen</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>LCY Code</source>
        <translation>MW-Code</translation>
    </message>
    <message>
        <source>Language Code</source>
        <translation>Sprachcode</translation>
    </message>
    <message>
        <source>Last No. Used</source>
        <translation>Letzte verwendete Nr.</translation>
    </message>
    <message>
        <source>Line No.</source>
        <translation>Zeilennr.</translation>
    </message>
    <message>
        <source>Line {line_no} of {doc} {no} does not exist.</source>
        <translation>Zeile {line_no} von {doc} {no} ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Line {line} has {count} values where the header names {width} columns; check the quotes and delimiters of this line.</source>
        <translation>Zeile {line} hat {count} Werte, die Kopfzeile aber {width} Spalten; prüfen Sie die Anführungszeichen und Trennzeichen dieser Zeile.</translation>
    </message>
    <message>
        <source>Line {line} is not a vCard property (NAME:value); the card that begins on line {start} is not imported.</source>
        <translation>Zeile {line} ist keine vCard-Eigenschaft (NAME:Wert); die Karte ab Zeile {start} wird nicht importiert.</translation>
    </message>
    <message>
        <source>Lines {line}–{end}: a quote opened here is not closed where the line ends, which would merge these lines into one contact; correct the quote.</source>
        <translation>Zeilen {line}–{end}: Ein hier geöffnetes Anführungszeichen wird am Zeilenende nicht geschlossen, sodass diese Zeilen zu einem Kontakt verschmelzen würden; korrigieren Sie das Anführungszeichen.</translation>
    </message>
    <message>
        <source>Link with an existing bank account</source>
        <translation>Mit einem vorhandenen Bankkonto verknüpfen</translation>
    </message>
    <message>
        <source>Link with an existing customer</source>
        <translation>Mit einem vorhandenen Debitor verknüpfen</translation>
    </message>
    <message>
        <source>Link with an existing vendor</source>
        <translation>Mit einem vorhandenen Kreditor verknüpfen</translation>
    </message>
    <message>
        <source>Maintain Dupl. Search Strings</source>
        <translation>Dublettensuchzeichenfolgen pflegen</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>Geschäftsführer</translation>
    </message>
    <message>
        <source>Manual Nos.</source>
        <translation>Manuelle Nr.</translation>
    </message>
    <message>
        <source>Middle Name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Mobile Phone No.</source>
        <translation>Mobiltelefonnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation>Name 2</translation>
    </message>
    <message>
        <source>New Bank Account</source>
        <translation>Neues Bankkonto</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>Neuer Debitor</translation>
    </message>
    <message>
        <source>New Vendor</source>
        <translation>Neuer Kreditor</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Nothing in this row is a contact field; map its columns or leave it out.</source>
        <translation>Nichts in dieser Zeile ist ein Kontaktfeld; ordnen Sie die Spalten zu oder lassen Sie die Zeile weg.</translation>
    </message>
    <message>
        <source>Number series {code} does not exist.</source>
        <translation>Nummernserie {code} ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Number series {code} has no starting number.</source>
        <translation>Nummernserie {code} hat keine Startnummer.</translation>
    </message>
    <message>
        <source>Number series {code} has run out of numbers.</source>
        <translation>Nummernserie {code} hat keine Nummern mehr.</translation>
    </message>
    <message>
        <source>Only customers and vendors have a primary contact.</source>
        <translation>Nur Debitoren und Kreditoren haben einen primären Kontakt.</translation>
    </message>
    <message>
        <source>Only when created</source>
        <translation>Nur beim Erstellen</translation>
    </message>
    <message>
        <source>Open the linked bank account</source>
        <translation>Das verknüpfte Bankkonto öffnen</translation>
    </message>
    <message>
        <source>Open the linked customer</source>
        <translation>Den verknüpften Debitor öffnen</translation>
    </message>
    <message>
        <source>Open the linked vendor</source>
        <translation>Den verknüpften Kreditor öffnen</translation>
    </message>
    <message>
        <source>Other users kept changing these records while this was saved; nothing was saved. Try again.</source>
        <translation>Andere Benutzer haben diese Datensätze während des Speicherns wiederholt geändert; nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Our Contact Code</source>
        <translation>Unser Kontaktcode</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Payment Method Code</source>
        <translation>Zahlungsformcode</translation>
    </message>
    <message>
        <source>Payment Terms Code</source>
        <translation>Zahlungsbedingungscode</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone No.</source>
        <translation>Telefonnr.</translation>
    </message>
    <message>
        <source>Polish Zloty</source>
        <translation>Polnischer Zloty</translation>
    </message>
    <message>
        <source>Possible duplicates found: {n}.</source>
        <translation>Mögliche Dubletten gefunden: {n}.</translation>
    </message>
    <message>
        <source>Post Code</source>
        <translation>PLZ-Code</translation>
    </message>
    <message>
        <source>Pound Sterling</source>
        <translation>Pfund Sterling</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Prices Including VAT</source>
        <translation>Preise inkl. MwSt.</translation>
    </message>
    <message>
        <source>Primary Contact No.</source>
        <translation>Primäre Kontaktnr.</translation>
    </message>
    <message>
        <source>Privacy Blocked</source>
        <translation>Datenschutz gesperrt</translation>
    </message>
    <message>
        <source>Private customer</source>
        <translation>Privatkunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Purchase Order</source>
        <translation>Einkaufsbestellung</translation>
    </message>
    <message>
        <source>Purchase Orders</source>
        <translation>Einkaufsbestellungen</translation>
    </message>
    <message>
        <source>Purchase Quote</source>
        <translation>Einkaufsanfrage</translation>
    </message>
    <message>
        <source>Purchase Quotes</source>
        <translation>Einkaufsanfragen</translation>
    </message>
    <message>
        <source>Purchaser Code</source>
        <translation>Einkäufercode</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Quote No.</source>
        <translation>Angebotsnr.</translation>
    </message>
    <message>
        <source>Refused ({n}): {reason}</source>
        <translation>Abgelehnt ({n}): {reason}</translation>
    </message>
    <message>
        <source>Register Court</source>
        <translation>Registergericht</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Registrierungsnr.</translation>
    </message>
    <message>
        <source>SWIFT Code</source>
        <translation>SWIFT-Code</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Sales Order</source>
        <translation>Verkaufsauftrag</translation>
    </message>
    <message>
        <source>Sales Orders</source>
        <translation>Verkaufsaufträge</translation>
    </message>
    <message>
        <source>Sales Quote</source>
        <translation>Verkaufsangebot</translation>
    </message>
    <message>
        <source>Sales Quotes</source>
        <translation>Verkaufsangebote</translation>
    </message>
    <message>
        <source>Sales quote {no} is for contact {contact}, which is not a customer yet. Create the customer first with Create as › Customer.</source>
        <translation>Verkaufsangebot {no} ist für Kontakt {contact}, der noch kein Debitor ist. Erstellen Sie zuerst den Debitor mit Erstellen als › Debitor.</translation>
    </message>
    <message>
        <source>Salesperson Code</source>
        <translation>Verkäufercode</translation>
    </message>
    <message>
        <source>Salutation Code</source>
        <translation>Anredecode</translation>
    </message>
    <message>
        <source>Search Hit %</source>
        <translation>Suchtreffer %</translation>
    </message>
    <message>
        <source>Search Name</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Sell-to Customer No.</source>
        <translation>Verk. an Deb.-Nr.</translation>
    </message>
    <message>
        <source>Sell-to Customer Template Code</source>
        <translation>Verk. an Debitorenvorlagencode</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Starting No.</source>
        <translation>Startnr.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Swedish Krona</source>
        <translation>Schwedische Krone</translation>
    </message>
    <message>
        <source>Swiss Franc</source>
        <translation>Schweizer Franken</translation>
    </message>
    <message>
        <source>The VAT Posting Setup does not exist. VAT Bus. Posting Group: “{bus}”, VAT Prod. Posting Group: “{prod}”.</source>
        <translation>Die MwSt.-Buchungsmatrix Einrichtung ist nicht vorhanden. MwSt.-Geschäftsbuchungsgruppe: „{bus}“, MwSt.-Produktbuchungsgruppe: „{prod}“.</translation>
    </message>
    <message>
        <source>The card that begins on line {line} has no END:VCARD.</source>
        <translation>Der Karte ab Zeile {line} fehlt END:VCARD.</translation>
    </message>
    <message>
        <source>The database file cannot be opened or created. Check that its folder exists and that you may write to it.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet oder erstellt werden. Prüfen Sie, ob ihr Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be used. Nothing was saved. Close ContactSync and start it again: it offers to restore the latest backup.</source>
        <translation>Die Datenbankdatei ist beschädigt und kann nicht verwendet werden. Es wurde nichts gespeichert. Schließen Sie ContactSync und starten Sie es erneut: Es bietet an, die letzte Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing can be changed: ContactSync opened it for reading only. Nothing was saved. Ask for write access to the file to edit it.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt, daher kann nichts geändert werden: ContactSync hat sie nur zum Lesen geöffnet. Es wurde nichts gespeichert. Bitten Sie um Schreibrechte für die Datei, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The database is being changed by another program or user, so this could not be saved now. Nothing was saved and your entry is kept: try again in a moment.</source>
        <translation>Die Datenbank wird gerade von einem anderen Programm oder Benutzer geändert, daher konnte dies jetzt nicht gespeichert werden. Es wurde nichts gespeichert, Ihre Eingabe bleibt erhalten: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Nothing was saved and your entry is kept: free some disk space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte dies nicht gespeichert werden. Es wurde nichts gespeichert, Ihre Eingabe bleibt erhalten: Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The filter for {field} has an empty part. Use e.g. 10000..20000, A*, C1|C2 or &lt;&gt;X.</source>
        <translation>Der Filter für {field} hat einen leeren Teil. Verwenden Sie z. B. 10000..20000, A*, C1|C2 oder &lt;&gt;X.</translation>
    </message>
    <message>
        <source>The filter for {field} is not valid. Use e.g. 10000..20000, A*, C1|C2 or &lt;&gt;X.</source>
        <translation>Der Filter für {field} ist ungültig. Verwenden Sie z. B. 10000..20000, A*, C1|C2 oder &lt;&gt;X.</translation>
    </message>
    <message>
        <source>The folder of the database is not writable, so ContactSync cannot keep its working files there and opened the database for reading only. Nothing was saved. Move the database to a folder you may write to, or ask for write access.</source>
        <translation>Der Ordner der Datenbank ist schreibgeschützt, daher kann ContactSync dort keine Arbeitsdateien anlegen und hat die Datenbank nur zum Lesen geöffnet. Es wurde nichts gespeichert. Verschieben Sie die Datenbank in einen Ordner, in dem Sie schreiben dürfen, oder bitten Sie um Schreibrechte.</translation>
    </message>
    <message>
        <source>The range in the filter for {field} is not valid. Use e.g. 10000..20000, ..K0100 or K0100..</source>
        <translation>Der Bereich im Filter für {field} ist ungültig. Verwenden Sie z. B. 10000..20000, ..K0100 oder K0100..</translation>
    </message>
    <message>
        <source>The type of contact {no} cannot be changed because it has interaction log entries.</source>
        <translation>Die Art von Kontakt {no} kann nicht geändert werden, da Aktivitätenprotokollposten vorhanden sind.</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>VAT Prod. Posting Group</source>
        <translation>MwSt.-Produktbuchungsgruppe</translation>
    </message>
    <message>
        <source>Vendor Templates</source>
        <translation>Kreditorenvorlagen</translation>
    </message>
    <message>
        <source>You cannot use contact {no} ({name}) because they are blocked due to privacy.</source>
        <translation>Sie können Kontakt {no} ({name}) nicht verwenden, da er aus Datenschutzgründen gesperrt ist.</translation>
    </message>
    <message>
        <source>vat product posting group</source>
        <translation>MwSt.-Produktbuchungsgruppe</translation>
    </message>
    <message>
        <source>{Kind} {no} cannot be created: it gets its contact automatically, but contacts cannot be numbered (Marketing Setup › {setup_field} is blank).</source>
        <translation>{Kind} {no} kann nicht erstellt werden: Er erhält automatisch einen Kontakt, aber Kontakte können nicht nummeriert werden (Marketing &amp; Vertrieb Einr. › {setup_field} ist leer).</translation>
    </message>
    <message>
        <source>{field} cannot filter this batch job.</source>
        <translation>{field} kann diese Stapelverarbeitung nicht filtern.</translation>
    </message>
    <message>
        <source>{field} contains a control character ({code}), which is not allowed in text fields.</source>
        <translation>{field} enthält ein Steuerzeichen ({code}), das in Textfeldern nicht zulässig ist.</translation>
    </message>
    <message>
        <source>{field} must be Yes or No.</source>
        <translation>{field} muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>{field} must be a single line: line breaks are not allowed.</source>
        <translation>{field} muss einzeilig sein: Zeilenumbrüche sind nicht zulässig.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} muss Text sein.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a country or region of the Countries/Regions table.</source>
        <translation>{field} „{value}“ ist kein Land bzw. keine Region der Tabelle Länder/Regionen.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid VAT registration no. for {country}: a part of it does not exist.</source>
        <translation>{field} „{value}“ ist keine gültige USt-IdNr. aus {country}: Ein Teil davon existiert nicht.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid VAT registration no. for {country}: the check digit does not match (a typing error?).</source>
        <translation>{field} „{value}“ ist keine gültige USt-IdNr. aus {country}: Die Prüfziffer stimmt nicht (ein Tippfehler?).</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid VAT registration no. for {country}: wrong format.</source>
        <translation>{field} „{value}“ ist keine gültige USt-IdNr. aus {country}: falsches Format.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid VAT registration no. for {country}: wrong length.</source>
        <translation>{field} „{value}“ ist keine gültige USt-IdNr. aus {country}: falsche Länge.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: it contains a space.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Sie enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: it contains characters that e-mail addresses do not allow.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Sie enthält Zeichen, die in E-Mail-Adressen unzulässig sind.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: it has more than one @ sign.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Sie enthält mehr als ein @-Zeichen.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: it has two periods in a row.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Sie enthält zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: its domain receives no e-mail.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Ihre Domäne empfängt keine E-Mails.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: nothing comes after the @ sign.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Nach dem @-Zeichen fehlt der Domänenteil.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: nothing comes before the @ sign.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Vor dem @-Zeichen fehlt der Name.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: the part after the @ sign needs a domain such as firma.de.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Nach dem @-Zeichen muss eine Domäne wie firma.de stehen.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: the part before the @ sign starts or ends with a period.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Der Teil vor dem @-Zeichen beginnt oder endet mit einem Punkt.</translation>
    </message>
    <message>
        <source>{field}: bank account {no} does not exist.</source>
        <translation>{field}: Bankkonto {no} ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>{file} has no column that ContactSync knows; map its columns in the preview or name them in the first line, for example name;city;phone_no.</source>
        <translation>{file} hat keine Spalte, die ContactSync kennt; ordnen Sie die Spalten in der Vorschau zu oder benennen Sie sie in der ersten Zeile, z. B. name;city;phone_no.</translation>
    </message>
    <message>
        <source>{file} has no header line; the first line must name the columns, for example name;city;phone_no.</source>
        <translation>{file} hat keine Kopfzeile; die erste Zeile muss die Spalten benennen, z. B. name;city;phone_no.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the file cannot be read as CSV ({detail}); nothing after this line was read.</source>
        <translation>{file}, Zeile {line}: Die Datei kann nicht als CSV gelesen werden ({detail}); nach dieser Zeile wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>{first} and {second} must differ: both are {code}. A contact can be linked to records of several kinds at once only when each kind has its own code.</source>
        <translation>{first} und {second} müssen sich unterscheiden: Beide sind {code}. Ein Kontakt kann nur dann mit Datensätzen mehrerer Arten zugleich verknüpft sein, wenn jede Art ihren eigenen Code hat.</translation>
    </message>
    <message>
        <source>{kinds} take their synchronized fields from the contact: the contact&apos;s values win.</source>
        <translation>{kinds} übernehmen ihre synchronisierten Felder vom Kontakt: Die Werte des Kontakts gewinnen.</translation>
    </message>
    <message>
        <source>Business relation {code} is reserved for links to {kinds} in the Marketing Setup; use Create as or Link with existing instead.</source>
        <translation>Geschäftsbeziehung {code} ist in Marketing &amp; Vertrieb Einr. für Verknüpfungen mit {kinds} reserviert; verwenden Sie stattdessen Erstellen als oder Mit vorhandenem verknüpfen.</translation>
    </message>
    <message>
        <source>A new contact needs a name; this row has no name, first name, surname or company.</source>
        <translation>Ein neuer Kontakt braucht einen Namen; diese Zeile hat weder Name, Vorname, Nachname noch Unternehmen.</translation>
    </message>
    <message>
        <source>Company Email</source>
        <translation>E-Mail (Unternehmen)</translation>
    </message>
    <message>
        <source>Contact {no} is linked to {kind} {linked_no} and cannot become a company.</source>
        <translation>Kontakt {no} ist mit {kind} {linked_no} verknüpft und kann kein Unternehmen werden.</translation>
    </message>
    <message>
        <source>Contacts are not linked to {kinds}.</source>
        <translation>Kontakte werden nicht mit {kinds} verknüpft.</translation>
    </message>
    <message>
        <source>Contacts cannot be created in a batch from {kinds}.</source>
        <translation>Aus {kinds} können keine Kontakte per Stapelverarbeitung erstellt werden.</translation>
    </message>
    <message>
        <source>Create as Employee</source>
        <translation>Als Mitarbeiter erstellen</translation>
    </message>
    <message>
        <source>Demo data loaded. Contacts: {contacts}, customers: {customers}, vendors: {vendors}, bank accounts: {bank_accounts}, links: {links}, other relations: {relations}. Without contact (for the batch job): customers: {unlinked_customers}, vendors: {unlinked_vendors}, bank accounts: {unlinked_bank_accounts}.</source>
        <translation>Demodaten geladen. Kontakte: {contacts}, Debitoren: {customers}, Kreditoren: {vendors}, Bankkonten: {bank_accounts}, Verknüpfungen: {links}, weitere Beziehungen: {relations}. Ohne Kontakt (für die Stapelverarbeitung): Debitoren: {unlinked_customers}, Kreditoren: {unlinked_vendors}, Bankkonten: {unlinked_bank_accounts}.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Employee Nos.</source>
        <translation>Mitarbeiternummern</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Employment Date</source>
        <translation>Einstellungsdatum</translation>
    </message>
    <message>
        <source>Enter a number: no number series is set up for {kinds}.</source>
        <translation>Geben Sie eine Nummer ein: Für {kinds} ist keine Nummernserie eingerichtet.</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Link with an existing employee</source>
        <translation>Mit vorhandenem Mitarbeiter verknüpfen</translation>
    </message>
    <message>
        <source>New Employee</source>
        <translation>Neuer Mitarbeiter</translation>
    </message>
    <message>
        <source>Only person contacts can be linked to {kinds}: contact {no} is a company.</source>
        <translation>Nur Personenkontakte können mit {kinds} verknüpft werden: Kontakt {no} ist ein Unternehmen.</translation>
    </message>
    <message>
        <source>Open the linked employee</source>
        <translation>Verknüpften Mitarbeiter öffnen</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Synchronization with bank accounts is switched off: fill in “{setup_field}” in the Marketing Setup.</source>
        <translation>Die Synchronisierung mit Bankkonten ist ausgeschaltet: Füllen Sie „{setup_field}“ in Marketing &amp; Vertrieb Einr. aus.</translation>
    </message>
    <message>
        <source>Synchronization with customers is switched off: fill in “{setup_field}” in the Marketing Setup.</source>
        <translation>Die Synchronisierung mit Debitoren ist ausgeschaltet: Füllen Sie „{setup_field}“ in Marketing &amp; Vertrieb Einr. aus.</translation>
    </message>
    <message>
        <source>Synchronization with employees is switched off: fill in “{setup_field}” in the Marketing Setup.</source>
        <translation>Die Synchronisierung mit Mitarbeitern ist ausgeschaltet: Füllen Sie „{setup_field}“ in Marketing &amp; Vertrieb Einr. aus.</translation>
    </message>
    <message>
        <source>Synchronization with vendors is switched off: fill in “{setup_field}” in the Marketing Setup.</source>
        <translation>Die Synchronisierung mit Kreditoren ist ausgeschaltet: Füllen Sie „{setup_field}“ in Marketing &amp; Vertrieb Einr. aus.</translation>
    </message>
    <message>
        <source>Template {code} already exists.</source>
        <translation>Vorlage {code} ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Template {code} does not exist.</source>
        <translation>Vorlage {code} ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Termination Date</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <source>Territory Code</source>
        <translation>Gebietscode</translation>
    </message>
    <message>
        <source>The change cannot be undone: {field} of {kind} {no} has changed since (now “{value}”).</source>
        <translation>Die Änderung kann nicht rückgängig gemacht werden: {field} von {kind} {no} wurde seitdem geändert (jetzt „{value}“).</translation>
    </message>
    <message>
        <source>The change cannot be undone: {kind} {no} has been deleted since.</source>
        <translation>Die Änderung kann nicht rückgängig gemacht werden: {kind} {no} wurde seitdem gelöscht.</translation>
    </message>
    <message>
        <source>The number series has run out of numbers after {number}: its digits cannot grow. Start a new series (e.g. with one more digit).</source>
        <translation>Die Nummernserie hat nach {number} keine Nummern mehr: Ihre Stellenzahl kann nicht wachsen. Beginnen Sie eine neue Serie (z. B. mit einer Stelle mehr).</translation>
    </message>
    <message>
        <source>The number {number} does not end in digits and cannot be incremented.</source>
        <translation>Die Nummer {number} endet nicht auf Ziffern und kann nicht hochgezählt werden.</translation>
    </message>
    <message>
        <source>The row fits several contacts ({nos}); make its e-mail, VAT registration no. or name unique.</source>
        <translation>Die Zeile passt zu mehreren Kontakten ({nos}); machen Sie E-Mail, USt-IdNr. oder Namen eindeutig.</translation>
    </message>
    <message>
        <source>There is no {kind} template for contact type {type}. Create one under Setup › Templates.</source>
        <translation>Es gibt keine Vorlage der Tabelle {kind} für die Kontaktart {type}. Erstellen Sie eine unter Einrichtung › Vorlagen.</translation>
    </message>
    <message>
        <source>There is nothing to undo for this change.</source>
        <translation>Für diese Änderung gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>These stay: {items}.</source>
        <translation>Erhalten bleiben: {items}.</translation>
    </message>
    <message>
        <source>This also deletes: {items}.</source>
        <translation>Ebenfalls gelöscht werden: {items}.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>US Dollar</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Unknown kind of record “{value}”; expected one of: {kinds}.</source>
        <translation>Unbekannte Datensatzart „{value}“; erwartet wird eine von: {kinds}.</translation>
    </message>
    <message>
        <source>VAT Bus. Posting Group</source>
        <translation>MwSt.-Geschäftsbuchungsgruppe</translation>
    </message>
    <message>
        <source>VAT Registration No.</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Kreditor</translation>
    </message>
    <message>
        <source>Vendor (company)</source>
        <translation>Kreditor (Unternehmen)</translation>
    </message>
    <message>
        <source>Vendor Nos.</source>
        <translation>Kreditorennummern</translation>
    </message>
    <message>
        <source>Vendor Posting Group</source>
        <translation>Kreditorenbuchungsgruppe</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Kreditoren</translation>
    </message>
    <message>
        <source>You may not enter numbers manually: number series {code} does not allow manual numbers.</source>
        <translation>Sie dürfen keine Nummern manuell eingeben: Nummernserie {code} erlaubt keine manuellen Nummern.</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>bank account posting group</source>
        <translation>Bankkontobuchungsgruppen</translation>
    </message>
    <message>
        <source>bank accounts</source>
        <translation>Bankkonten</translation>
    </message>
    <message>
        <source>business relations</source>
        <translation>Geschäftsbeziehungen</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>country region</source>
        <translation>Länder/Regionen</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währungen</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>customer posting group</source>
        <translation>Debitorenbuchungsgruppen</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Debitoren</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>gen business posting group</source>
        <translation>Geschäftsbuchungsgruppen</translation>
    </message>
    <message>
        <source>its link to {kind} {no}</source>
        <translation>die Verknüpfung mit {kind} {no}</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>number series</source>
        <translation>Nummernserien</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>Zahlungsformen</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>person {no} {name}</source>
        <translation>Person {no} {name}</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>purchase order</source>
        <translation>Einkaufsbestellung</translation>
    </message>
    <message>
        <source>purchase quote</source>
        <translation>Einkaufsanfrage</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>sales order</source>
        <translation>Verkaufsauftrag</translation>
    </message>
    <message>
        <source>sales quote</source>
        <translation>Verkaufsangebot</translation>
    </message>
    <message>
        <source>salesperson purchaser</source>
        <translation>Verkäufer/Einkäufer</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>Anreden</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>vat business posting group</source>
        <translation>MwSt.-Geschäftsbuchungsgruppen</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Kreditor</translation>
    </message>
    <message>
        <source>vendor posting group</source>
        <translation>Kreditorenbuchungsgruppen</translation>
    </message>
    <message>
        <source>vendors</source>
        <translation>Kreditoren</translation>
    </message>
    <message>
        <source>{doc} {no} e-mailed</source>
        <translation>{doc} {no} per E-Mail gesendet</translation>
    </message>
    <message>
        <source>{doc} {no} e-mailed to {recipient}</source>
        <translation>{doc} {no} per E-Mail an {recipient} gesendet</translation>
    </message>
    <message>
        <source>{doc} {no} from {side} quote {quote}</source>
        <translation>{doc} {no} aus Angebot {quote} ({side})</translation>
    </message>
    <message>
        <source>{doc} {no} is not a quote.</source>
        <translation>{doc} {no} ist kein Angebot.</translation>
    </message>
    <message>
        <source>{doc} {no} printed</source>
        <translation>{doc} {no} gedruckt</translation>
    </message>
    <message>
        <source>{doc}s cannot be numbered: number series {code} does not exist. Create it under Setup › Number Series.</source>
        <translation>Belege der Art {doc} können nicht nummeriert werden: Nummernserie {code} ist nicht vorhanden. Erstellen Sie sie unter Einrichtung › Nummernserien.</translation>
    </message>
    <message>
        <source>{field} can be at most {limit} characters long (you entered {length}).</source>
        <translation>{field} darf höchstens {limit} Zeichen lang sein (Sie haben {length} eingegeben).</translation>
    </message>
    <message>
        <source>{field} can only be filled in on company contacts.</source>
        <translation>{field} kann nur bei Unternehmenskontakten ausgefüllt werden.</translation>
    </message>
    <message>
        <source>{field} can only be filled in on person contacts.</source>
        <translation>{field} kann nur bei Personenkontakten ausgefüllt werden.</translation>
    </message>
    <message>
        <source>{field} cannot be changed here.</source>
        <translation>{field} kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>{field} cannot be changed on bank account {no} because the account has a balance.</source>
        <translation>{field} kann bei Bankkonto {no} nicht geändert werden, weil das Konto einen Saldo hat.</translation>
    </message>
    <message>
        <source>{field} is kept on contact {contact}; change it there.</source>
        <translation>{field} wird auf Kontakt {contact} gepflegt; ändern Sie es dort.</translation>
    </message>
    <message>
        <source>{field} is not a field of the Marketing Setup.</source>
        <translation>{field} ist kein Feld von Marketing &amp; Vertrieb Einr.</translation>
    </message>
    <message>
        <source>{field} is not a field of {kind} templates.</source>
        <translation>{field} ist kein Feld der Vorlagen der Tabelle {kind}.</translation>
    </message>
    <message>
        <source>{field} must be a date (YYYY-MM-DD); “{value}” is not.</source>
        <translation>{field} muss ein Datum sein (z. B. 25.11.2026); „{value}“ ist keines.</translation>
    </message>
    <message>
        <source>{field} must be a number (you entered “{value}”).</source>
        <translation>{field} muss eine Zahl sein (Sie haben „{value}“ eingegeben).</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field} muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>{field} must be between -{limit} and {limit}.</source>
        <translation>{field} muss zwischen -{limit} und {limit} liegen.</translation>
    </message>
    <message>
        <source>{field} must be between 1 and 100.</source>
        <translation>{field} muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>{field} must be one of: company, person.</source>
        <translation>{field} muss einer dieser Werte sein: Unternehmen (company), Person (person).</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field} muss einer dieser Werte sein: {choices}.</translation>
    </message>
    <message>
        <source>{field} must have a value in contact {no}: a person without a company cannot become a {kind}.</source>
        <translation>{field} muss in Kontakt {no} einen Wert haben: Eine Person ohne Unternehmen kann nicht {kind} werden.</translation>
    </message>
    <message>
        <source>{field} must have a value.</source>
        <translation>{field} muss einen Wert haben.</translation>
    </message>
    <message>
        <source>{field} must not be negative.</source>
        <translation>{field} darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{field} must not contain letters.</source>
        <translation>{field} darf keine Buchstaben enthalten.</translation>
    </message>
    <message>
        <source>{field} {amount} is too large.</source>
        <translation>{field} {amount} ist zu groß.</translation>
    </message>
    <message>
        <source>{field} “{value}” does not exist in {table}.</source>
        <translation>{field} „{value}“ ist in {table} nicht vorhanden.</translation>
    </message>
    <message>
        <source>{field} “{value}” does not exist.</source>
        <translation>{field} „{value}“ ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a company contact.</source>
        <translation>{field} „{value}“ ist kein Unternehmenskontakt.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a phone number: it has no digits.</source>
        <translation>{field} „{value}“ ist keine Telefonnummer: Sie enthält keine Ziffern.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a phone number: it has too many digits.</source>
        <translation>{field} „{value}“ ist keine Telefonnummer: Sie hat zu viele Ziffern.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a phone number: the country calling code after + does not exist.</source>
        <translation>{field} „{value}“ ist keine Telefonnummer: Die Ländervorwahl nach + gibt es nicht.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid BIC: characters 5 and 6 must be a country code.</source>
        <translation>{field} „{value}“ ist kein gültiger BIC: Die Zeichen 5 und 6 müssen ein Ländercode sein.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid BIC: it must be 4 letters (bank), 2 letters (country), 2 letters or digits (location) and optionally 3 more (branch).</source>
        <translation>{field} „{value}“ ist kein gültiger BIC: Er muss aus 4 Buchstaben (Bank), 2 Buchstaben (Land), 2 Buchstaben oder Ziffern (Ort) und optional 3 weiteren Zeichen (Filiale) bestehen.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid BIC: it must have 8 or 11 characters.</source>
        <translation>{field} „{value}“ ist kein gültiger BIC: Er muss 8 oder 11 Zeichen haben.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid IBAN: an IBAN from {country} has {expected} characters, this one has {length}.</source>
        <translation>{field} „{value}“ ist keine gültige IBAN: Eine IBAN aus {country} hat {expected} Zeichen, diese hat {length}.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid IBAN: country code {country} does not use IBANs.</source>
        <translation>{field} „{value}“ ist keine gültige IBAN: Ländercode {country} verwendet keine IBAN.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid IBAN: it must start with a two-letter country code and two check digits, followed by letters and digits only.</source>
        <translation>{field} „{value}“ ist keine gültige IBAN: Sie muss mit einem zweistelligen Ländercode und zwei Prüfziffern beginnen, gefolgt nur von Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid IBAN: the account part does not have the form used in {country}.</source>
        <translation>{field} „{value}“ ist keine gültige IBAN: Der Kontoteil hat nicht die in {country} verwendete Form.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid IBAN: the check digits do not match (a typing error?).</source>
        <translation>{field} „{value}“ ist keine gültige IBAN: Die Prüfziffern stimmen nicht (ein Tippfehler?).</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address: the @ sign is missing.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse: Das @-Zeichen fehlt.</translation>
    </message>
    <message>
        <source>{field} “{value}” must be Yes or No.</source>
        <translation>{field} „{value}“ muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}” from {source} to {targets}</source>
        <translation>{field}: „{old}“ → „{new}“ von {source} nach {targets}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{file} contains no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>{file} enthält keine vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>{file} is not UTF-8; it was read as Windows-1252.</source>
        <translation>{file} ist nicht in UTF-8; die Datei wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>{kind} {no} already exists.</source>
        <translation>{kind} {no} ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>{kind} {no} already has a business relation with contact {contact}.</source>
        <translation>{kind} {no} hat bereits eine Geschäftsbeziehung mit Kontakt {contact}.</translation>
    </message>
    <message>
        <source>{kind} {no} does not exist.</source>
        <translation>{kind} {no} ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>{kind} {no} is already linked to contact {contact}.</source>
        <translation>{kind} {no} ist bereits mit Kontakt {contact} verknüpft.</translation>
    </message>
    <message>
        <source>{kind} {no} is blocked for all transactions; no document can be made for it.</source>
        <translation>{kind} {no} ist für alle Transaktionen gesperrt; für ihn kann kein Beleg erstellt werden.</translation>
    </message>
    <message>
        <source>{kind} {no} is not linked to a contact, and it differs from company {company} in {count} fields. Link them with Link with existing first (it shows which data wins).</source>
        <translation>{kind} {no} ist mit keinem Kontakt verknüpft und weicht in {count} Feldern von Unternehmen {company} ab. Verknüpfen Sie beide zuerst mit Mit vorhandenem verknüpfen (dort sehen Sie, welche Daten gewinnen).</translation>
    </message>
    <message>
        <source>{name} is not synchronized with {kinds}.</source>
        <translation>{name} wird nicht mit {kinds} synchronisiert.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged, {failed} refused</source>
        <translation>{new} neu, {changed} geändert, {unchanged} unverändert, {failed} abgelehnt</translation>
    </message>
    <message>
        <source>{side} document {no} does not exist.</source>
        <translation>Beleg {no} ({side}) ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>{side} quote {no} was made into order {order}.</source>
        <translation>Angebot {no} ({side}) wurde in Auftrag {order} umgewandelt.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Bank Acc. Posting Group</source>
        <translation>Bankkontobuchungsgruppe</translation>
    </message>
    <message>
        <source>Bank Account No.</source>
        <translation>Bankkontonummer</translation>
    </message>
    <message>
        <source>Bank Account Nos.</source>
        <translation>Bankkontonummern</translation>
    </message>
    <message>
        <source>Bank Branch No.</source>
        <translation>Bankleitzahl</translation>
    </message>
    <message>
        <source>Birth Date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Bank Accs.</source>
        <translation>Gesch.-Bez.-Code für Bankkonten</translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Customers</source>
        <translation>Gesch.-Bez.-Code für Debitoren</translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Employees</source>
        <translation>Gesch.-Bez.-Code für Mitarbeiter</translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Vendors</source>
        <translation>Gesch.-Bez.-Code für Kreditoren</translation>
    </message>
    <message>
        <source>Business Relation</source>
        <translation>Geschäftsbeziehung</translation>
    </message>
    <message>
        <source>Buy-from Vendor No.</source>
        <translation>Eink. von Kred.-Nr.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Company Email</source>
        <translation>E-Mail (Unternehmen)</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <source>Company No.</source>
        <translation>Unternehmensnr.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact Email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Contact No.</source>
        <translation>Kontaktnr.</translation>
    </message>
    <message>
        <source>Contact Nos.</source>
        <translation>Kontaktnummern</translation>
    </message>
    <message>
        <source>Contact Phone No.</source>
        <translation>Kontakttelefonnr.</translation>
    </message>
    <message>
        <source>Contact Type</source>
        <translation>Kontaktart</translation>
    </message>
    <message>
        <source>Correspondence Type</source>
        <translation>Korrespondenzart</translation>
    </message>
    <message>
        <source>Country/Region Code</source>
        <translation>Länder-/Regionscode</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Bundesregion</translation>
    </message>
    <message>
        <source>Credit Limit (LCY)</source>
        <translation>Kreditlimit (MW)</translation>
    </message>
    <message>
        <source>Currency Code</source>
        <translation>Währungscode</translation>
    </message>
    <message>
        <source>Customer Nos.</source>
        <translation>Debitorennummern</translation>
    </message>
    <message>
        <source>Customer Posting Group</source>
        <translation>Debitorenbuchungsgruppe</translation>
    </message>
    <message>
        <source>Default Company Salutation Code</source>
        <translation>Standardanredecode Unternehmen</translation>
    </message>
    <message>
        <source>Default Person Salutation Code</source>
        <translation>Standardanredecode Person</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Document Date</source>
        <translation>Belegdatum</translation>
    </message>
    <message>
        <source>Document Type</source>
        <translation>Belegart</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Employee Nos.</source>
        <translation>Mitarbeiternummern</translation>
    </message>
    <message>
        <source>Employment Date</source>
        <translation>Einstellungsdatum</translation>
    </message>
    <message>
        <source>Extension No.</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Fax No.</source>
        <translation>Faxnr.</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Format Phone Numbers</source>
        <translation>Telefonnummern formatieren</translation>
    </message>
    <message>
        <source>Format Region</source>
        <translation>Formatregion</translation>
    </message>
    <message>
        <source>Gen. Bus. Posting Group</source>
        <translation>Geschäftsbuchungsgruppe</translation>
    </message>
    <message>
        <source>Home Page</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>LCY Code</source>
        <translation>MW-Code</translation>
    </message>
    <message>
        <source>Language Code</source>
        <translation>Sprachcode</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Line No.</source>
        <translation>Zeilennr.</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>Geschäftsführer</translation>
    </message>
    <message>
        <source>Middle Name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Mobile Phone No.</source>
        <translation>Mobiltelefonnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation>Name 2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Our Contact Code</source>
        <translation>Unser Kontaktcode</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Payment Method Code</source>
        <translation>Zahlungsformcode</translation>
    </message>
    <message>
        <source>Payment Terms Code</source>
        <translation>Zahlungsbedingungscode</translation>
    </message>
    <message>
        <source>Phone No.</source>
        <translation>Telefonnr.</translation>
    </message>
    <message>
        <source>Post Code</source>
        <translation>PLZ-Code</translation>
    </message>
    <message>
        <source>Prices Including VAT</source>
        <translation>Preise inkl. MwSt.</translation>
    </message>
    <message>
        <source>Primary Contact No.</source>
        <translation>Primäre Kontaktnr.</translation>
    </message>
    <message>
        <source>Privacy Blocked</source>
        <translation>Datenschutz gesperrt</translation>
    </message>
    <message>
        <source>Purchaser Code</source>
        <translation>Einkäufercode</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Quote No.</source>
        <translation>Angebotsnr.</translation>
    </message>
    <message>
        <source>Register Court</source>
        <translation>Registergericht</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Registrierungsnr.</translation>
    </message>
    <message>
        <source>SWIFT Code</source>
        <translation>SWIFT-Code</translation>
    </message>
    <message>
        <source>Salesperson Code</source>
        <translation>Verkäufercode</translation>
    </message>
    <message>
        <source>Salutation Code</source>
        <translation>Anredecode</translation>
    </message>
    <message>
        <source>Search Hit %</source>
        <translation>Suchtreffer %</translation>
    </message>
    <message>
        <source>Search Name</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Sell-to Customer No.</source>
        <translation>Verk. an Deb.-Nr.</translation>
    </message>
    <message>
        <source>Sell-to Customer Template Code</source>
        <translation>Verk. an Debitorenvorlagencode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Termination Date</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <source>Territory Code</source>
        <translation>Gebietscode</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>VAT Bus. Posting Group</source>
        <translation>MwSt.-Geschäftsbuchungsgruppe</translation>
    </message>
    <message>
        <source>VAT Prod. Posting Group</source>
        <translation>MwSt.-Produktbuchungsgruppe</translation>
    </message>
    <message>
        <source>VAT Registration No.</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Vendor Nos.</source>
        <translation>Kreditorennummern</translation>
    </message>
    <message>
        <source>Vendor Posting Group</source>
        <translation>Kreditorenbuchungsgruppe</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>(ignore: listed as not stored)</source>
        <translation>(ignorieren: als nicht gespeichert aufgeführt)</translation>
    </message>
    <message>
        <source>(type or label of another column)</source>
        <translation>(Art oder Bezeichnung einer anderen Spalte)</translation>
    </message>
    <message>
        <source>Address as one text</source>
        <translation>Adresse als ein Text</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Phone (kind from its type column)</source>
        <translation>Telefon (Art aus der zugehörigen Typspalte)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>a person&apos;s name is made of first name, middle name and surname</source>
        <translation>der Name einer Person setzt sich aus Vorname, zweitem Vornamen und Nachname zusammen</translation>
    </message>
    <message>
        <source>not a contact field</source>
        <translation>kein Kontaktfeld</translation>
    </message>
    <message>
        <source>photos are not imported</source>
        <translation>Fotos werden nicht importiert</translation>
    </message>
    <message>
        <source>the contact holds one value here</source>
        <translation>der Kontakt hat hier nur einen Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n company contact(s) made for persons whose company was new.</source>
        <translation>
            <numerusform>%n Unternehmenskontakt für Personen angelegt, deren Unternehmen neu war.</numerusform>
            <numerusform>%n Unternehmenskontakte für Personen angelegt, deren Unternehmen neu war.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to {file}.</source>
        <translation>
            <numerusform>%n Kontakt nach {file} exportiert.</numerusform>
            <numerusform>%n Kontakte nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had values that were not stored, as the preview listed.</source>
        <translation>
            <numerusform>%n Zeile hatte Werte, die nicht gespeichert wurden (wie in der Vorschau aufgeführt).</numerusform>
            <numerusform>%n Zeilen hatten Werte, die nicht gespeichert wurden (wie in der Vorschau aufgeführt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have values that are not stored (see the last column).</source>
        <translation>
            <numerusform>%n Zeile hat Werte, die nicht gespeichert werden (siehe letzte Spalte).</numerusform>
            <numerusform>%n Zeilen haben Werte, die nicht gespeichert werden (siehe letzte Spalte).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Update Preview</source>
        <translation>Vorschau &amp;aktualisieren</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Checked: the file&apos;s values replace the database&apos;s where both have one. Unchecked: the database keeps its values.</source>
        <translation>Angehakt: Die Werte der Datei ersetzen die der Datenbank, wo beide einen haben. Nicht angehakt: Die Datenbank behält ihre Werte.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation>Kontaktfeld</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Import Contacts – Preview</source>
        <translation>Kontakte importieren – Vorschau</translation>
    </message>
    <message>
        <source>Import finished: {summary}.</source>
        <translation>Import abgeschlossen: {summary}.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Line {line} ({name}): {message}</source>
        <translation>Zeile {line} ({name}): {message}</translation>
    </message>
    <message>
        <source>New company: {name}</source>
        <translation>Neues Unternehmen: {name}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import applies the new and changed contacts in one step; refused rows are left out.</source>
        <translation>Noch wurde nichts geschrieben. Importieren übernimmt die neuen und geänderten Kontakte in einem Schritt; abgelehnte Zeilen werden ausgelassen.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Propagates to</source>
        <translation>Wird übertragen an</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Recognised as {profile}. Choose what each column of the file is; your choice is remembered for files with the same columns.</source>
        <translation>Erkannt als {profile}. Wählen Sie für jede Spalte der Datei das Kontaktfeld; Ihre Wahl wird für Dateien mit denselben Spalten gespeichert.</translation>
    </message>
    <message>
        <source>Show unchanged rows</source>
        <translation>Unveränderte Zeilen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>Der %n markierte Kontakt</numerusform>
            <numerusform>Die %n markierten Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} of {total} rows are shown; the import takes them all.</source>
        <translation>Die ersten {shown} von {total} Zeilen werden angezeigt; der Import übernimmt alle.</translation>
    </message>
    <message>
        <source>Where both have a value: keep the database&apos;s</source>
        <translation>Wo beide einen Wert haben: den der Datenbank behalten</translation>
    </message>
    <message>
        <source>Where both have a value: take the file&apos;s</source>
        <translation>Wo beide einen Wert haben: den der Datei übernehmen</translation>
    </message>
    <message>
        <source>Which contacts do you want to export?</source>
        <translation>Welche Kontakte möchten Sie exportieren?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>vCard (*.vcf);;CSV for Excel (*.csv)</source>
        <translation>vCard (*.vcf);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>{field}: {old} kept (file: {new})</source>
        <translation>{field}: {old} behalten (Datei: {new})</translation>
    </message>
    <message>
        <source>{file} contains no contacts.</source>
        <translation>{file} enthält keine Kontakte.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n contact(s) – {summary}.</source>
        <translation>
            <numerusform>{file}: %n Kontakt – {summary}.</numerusform>
            <numerusform>{file}: %n Kontakte – {summary}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged, {failed} refused</source>
        <translation>{new} neu, {changed} geändert, {unchanged} unverändert, {failed} abgelehnt</translation>
    </message>
</context>
<context>
    <name>interactions</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Document Created</source>
        <translation>Beleg erstellt</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>Belegnr.</translation>
    </message>
    <message>
        <source>Document Printed</source>
        <translation>Beleg gedruckt</translation>
    </message>
    <message>
        <source>Document Type</source>
        <translation>Belegart</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Phone Call</source>
        <translation>Telefonanruf</translation>
    </message>
    <message>
        <source>Service Order</source>
        <translation>Serviceauftrag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>ContactSync</source>
        <translation>ContactSync</translation>
    </message>
    <message>
        <source>Something went wrong ({error}).

The action was not completed. The details are in the log file:
{log}</source>
        <translation>Etwas ist schiefgegangen ({error}).

Die Aktion wurde nicht ausgeführt. Die Einzelheiten stehen in der Protokolldatei:
{log}</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be used, and there is no backup of it in its folder. Restore a copy from your own backups, or start with a new database file.</source>
        <translation>Die Datenbankdatei ist beschädigt und kann nicht verwendet werden, und in ihrem Ordner gibt es keine Sicherung davon. Stellen Sie eine Kopie aus Ihren eigenen Sicherungen wieder her oder beginnen Sie mit einer neuen Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be used. Restore the latest backup, made on {date} at {time}? Changes made since then are lost; the damaged file is kept beside it.</source>
        <translation>Die Datenbankdatei ist beschädigt und kann nicht verwendet werden. Die letzte Sicherung vom {date} um {time} wiederherstellen? Seitdem vorgenommene Änderungen gehen verloren; die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Read-only: the database file is write-protected, so changes cannot be saved. Ask for write access to the file to edit it.</source>
        <translation>Schreibgeschützt: Die Datenbankdatei ist schreibgeschützt, daher können Änderungen nicht gespeichert werden. Bitten Sie um Schreibrechte für die Datei, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Read-only: the folder of the database is not writable, so changes cannot be saved. Move the database to a folder you may write to.</source>
        <translation>Schreibgeschützt: Der Ordner der Datenbank ist schreibgeschützt, daher können Änderungen nicht gespeichert werden. Verschieben Sie die Datenbank in einen Ordner, in dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>This is a new database. Load the demo data (companies, persons, customers, vendors and bank accounts, some linked and some not) to try ContactSync?</source>
        <translation>Dies ist eine neue Datenbank. Die Demodaten laden (Unternehmen, Personen, Debitoren, Kreditoren und Bankkonten, teils verknüpft, teils nicht), um ContactSync auszuprobieren?</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>Search no., name, city, phone…</source>
        <translation>Nr., Name, Ort, Telefon suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Business Relation</source>
        <translation>Geschäftsbeziehung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land/Region</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Purchase Documents</source>
        <translation>Einkaufsbelege</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <source>Sales Documents</source>
        <translation>Verkaufsbelege</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>lookups</name>
    <message>
        <source>Choose from the list (F4)</source>
        <translation>Aus der Liste wählen (F4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Database: {url}  ·  User: {user}</source>
        <translation>Datenbank: {url}  ·  Benutzer: {user}</translation>
    </message>
    <message>
        <source>ContactSync keeps contacts synchronized with customers, vendors and bank accounts.</source>
        <translation>ContactSync hält Kontakte mit Debitoren, Kreditoren und Bankkonten synchron.</translation>
    </message>
    <message>
        <source>About ContactSync</source>
        <translation>Über ContactSync</translation>
    </message>
    <message>
        <source>&amp;Batch Jobs</source>
        <translation>&amp;Stapelverarbeitung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation>&amp;Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>Batch Jobs</source>
        <translation>Stapelverarbeitung</translation>
    </message>
    <message>
        <source>Business Relations</source>
        <translation>Geschäftsbeziehungen</translation>
    </message>
    <message>
        <source>Company Information</source>
        <translation>Firmendaten</translation>
    </message>
    <message>
        <source>Duplicate Contacts</source>
        <translation>Kontaktdubletten</translation>
    </message>
    <message>
        <source>Marketing Setup</source>
        <translation>Marketing &amp; Vertrieb Einr.</translation>
    </message>
    <message>
        <source>Number Series</source>
        <translation>Nummernserien</translation>
    </message>
    <message>
        <source>Purchase Documents</source>
        <translation>Einkaufsbelege</translation>
    </message>
    <message>
        <source>Relationship Management</source>
        <translation>Beziehungsmanagement</translation>
    </message>
    <message>
        <source>Sales Documents</source>
        <translation>Verkaufsbelege</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>ContactSync will use {language} from the next start.</source>
        <translation>ContactSync verwendet ab dem nächsten Start {language}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>ContactSync</source>
        <translation>ContactSync</translation>
    </message>
</context>
<context>
    <name>toolbar</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Create as</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Zugehörig</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Bank Account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Hard Copy</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Mehrere</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Kreditor</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Changed to “{value}” while you were editing. Press Esc to take the new value, or finish editing to keep yours.</source>
        <translation>Während Ihrer Bearbeitung in „{value}“ geändert. Drücken Sie Esc, um den neuen Wert zu übernehmen, oder beenden Sie die Bearbeitung, um Ihren zu behalten.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling… What is done stays done.</source>
        <translation>Wird abgebrochen… Was erledigt ist, bleibt erledigt.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>{done} of {total} records processed…</source>
        <translation>{done} von {total} Datensätzen verarbeitet…</translation>
    </message>
</context>
</TS>
