<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>ContactSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessRelationCodesDialog</name>
    <message>
        <source>Business Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. of Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete business relation {code}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRelationsDialog</name>
    <message>
        <source>Business Relations – {no} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business relations of contact {no} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the company of contact {no})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Linked Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link between contact {contact} and {kind} {no}? Contact and {kind} stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove business relation {code} from contact {contact}? The contact stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Business Relation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferencesTable</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Value Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record above to see where its data differs from the contact&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact and the record agree in every synchronized field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} synchronized fields differ. For each, the side you choose overwrites the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is overwritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMapPage</name>
    <message>
        <source>All linked tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked fields are no longer copied between contact and linked record; their values stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link Contact with Existing {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link contact {no} · {name} with an existing {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by no., name or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kinds} without a Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Data Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;master fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {n}; type to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with Existing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketingSetupDialog</name>
    <message>
        <source>Marketing Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inheritance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect when you choose OK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoSeriesDialog</name>
    <message>
        <source>Number Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete number series {code}? Numbers already given stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template {code}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>About ContactSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Relations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close All Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Contacts from Bank Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Contacts from Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Contacts from Vendors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create as Bank Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create as Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create as Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with an existing bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with an existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with an existing vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Bank Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new, empty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card of the selected record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the contact of this record (or create one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the linked bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the linked customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the linked vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by no., name, city or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and edit the contact&apos;s business relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabbed View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>New {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values could not be saved:
{errors}

Close the card and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create as {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {no} has been created. Billing and posting details are entered on the {kind_lower} card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several templates fit this contact. Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} has no contact. Create one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp; Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation &amp; Foreign Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>--open expects KIND, KIND/NO or KIND/new with KIND one of {kinds}, e.g. contact/CT000001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Acc. Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Account No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Account Nos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Branch No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Bank Accs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business relation {code} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business relation {code} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business relation {code} is reserved for links to {kind}s in the Marketing Setup; use Create as or Link with existing instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy-from Vendor No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Nos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Phone No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {contact} already has a business relation with {kind} {no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {contact} is not related to {kind} {no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {no} already has business relation {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {no} has business relations with customers, vendors or bank accounts and cannot become a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {no} has its own business relations; remove them before assigning it to a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {no} has no business relation {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {no} has persons under it and cannot become a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {no} is a person without a company and cannot be related to a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {no} is not a customer yet, and a quote for it needs a customer template for contact type {type}. Create one under Setup › Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {no} is not related to a {kind}. Create the {kind} first with Create as › {Kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {no} is privacy blocked: no documents or interactions can be recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts cannot be numbered: fill in “{setup_field}” in the Marketing Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/Region Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Limit (LCY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current master fields must be Contact or {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Nos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer numbers {first} to {last} are partly in use already; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer template {code} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers cannot be numbered: fill in “{setup_field}” in the Marketing Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled must be Yes or No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number: no number series is set up for {kind}s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen. Bus. Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line_no} of {doc} {no} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile Phone No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number series {code} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number series {code} has no starting number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number series {code} has run out of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers and vendors have a primary contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our Contact Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Method Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Terms Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices Including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Contact No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchaser Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWIFT Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales quote {no} is for contact {contact}, which is not a customer yet. Create the customer first with Create as › Customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Hit %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell-to Customer No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell-to Customer Template Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization with {kind}s is switched off: fill in “{setup_field}” in the Marketing Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template {code} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template {code} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be undone: {field} of {kind} {no} has changed since (now “{value}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be undone: {kind} {no} has been deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number series has run out of numbers after {number}: its digits cannot grow. Start a new series (e.g. with one more digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {number} does not end in digits and cannot be incremented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {kind} template for contact type {type}. Create one under Setup › Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT Bus. Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT Registration No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor Nos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not enter numbers manually: number series {code} does not allow manual numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doc} {no} is not a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doc}s cannot be numbered: number series {code} does not exist. Create it under Setup › Number Series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} can be at most {limit} characters long (you entered {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} can only be filled in on company contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} can only be filled in on person contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be changed on bank account {no} because the account has a balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not a field of {kind} templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a date (YYYY-MM-DD); “{value}” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a number (you entered “{value}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be between -{limit} and {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must have a value in contact {no}: a person without a company cannot become a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must have a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must not contain letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {amount} is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} “{value}” does not exist in {table}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} “{value}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} “{value}” is not a company contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second} must differ: both are {code}. A contact can be customer, vendor and bank at once only with three different codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {no} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {no} already has a business relation with contact {contact}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {no} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {no} is already linked to contact {contact}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {no} is blocked for all transactions; no document can be made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not synchronized with {kind}s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} document {no} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} quote {no} was made into order {order}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Acc. Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Account No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Account Nos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Branch No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Bank Accs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus. Rel. Code for Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy-from Vendor No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Nos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Phone No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/Region Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Limit (LCY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Nos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen. Bus. Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile Phone No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our Contact Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Method Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Terms Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices Including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Contact No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchaser Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWIFT Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Hit %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell-to Customer No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell-to Customer Template Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT Bus. Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT Registration No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor Nos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor Posting Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>ContactSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}

The action was not completed. The details are in the log file:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a new database. Load the demo data (companies, persons, customers, vendors and bank accounts, some linked and some not) to try ContactSync?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>Search no., name, city, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookups</name>
    <message>
        <source>Choose from the list (F4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {url}  ·  User: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContactSync keeps contacts synchronized with customers, vendors and bank accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ContactSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Contacts from Bank Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Contacts from Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Contacts from Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>ContactSync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Changed to “{value}” while you were editing. Press Esc to take the new value, or finish editing to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
