namespace DhrTracker.Core.Letters;

/// <summary>
/// The texts the product ships, used until a partnership's Administrator saves its own (ADR 0392). Letters to
/// agencies carry no victim details: those go separately by secure email, as the guidance on information sharing expects.
/// </summary>
public static class ShippedLetters
{
    private const string Signature = """
        Yours sincerely,

        {{ letter.signatory }}
        Review coordinator, {{ partnership.name }}
        """;

    private const string HomeOffice = """
        {{ partnership.name }}
        {{ letter.date }}

        To: the Home Office review team

        Our reference: {{ review.reference }}

        Dear colleagues,

        {{ review.type_name }} {{ review.reference }}: notification of the decision

        On {{ review.date_notified }} {{ partnership.name }} was notified of a death that may meet the criteria for a {{ review.type_name }} ({{ review.type_abbreviation }}).

        On {{ review.decision_date }} the partnership decided {{ review.decision }}.

        The reasons for the decision: {{ review.decision_rationale }}

        Please contact us if you need anything more.
        """;

    private const string Scoping = """
        {{ partnership.name }}
        {{ letter.date }}

        {{ agency.contact_name }}
        {{ agency.name }}
        {{ agency.contact_email }}

        Our reference: {{ review.reference }}

        Dear {{ agency.contact_name }},

        {{ review.type_name }} {{ review.reference }}: scoping request

        {{ partnership.name }} has been notified of a death that may meet the criteria for a {{ review.type_name }} ({{ review.type_abbreviation }}). The details of the person who died, and of the others involved, will be sent to you separately by secure email.

        Please search {{ agency.name }}'s records for any contact with them and return the scoping form by {{ request.due_date }}.

        Please treat this letter and its subject as confidential.
        """;

    private const string Imr = """
        {{ partnership.name }}
        {{ letter.date }}

        {{ agency.contact_name }}
        {{ agency.name }}
        {{ agency.contact_email }}

        Our reference: {{ review.reference }}

        Dear {{ agency.contact_name }},

        {{ review.type_name }} {{ review.reference }}: request for an Individual Management Review and chronology

        On {{ review.decision_date }} {{ partnership.name }} decided to hold a {{ review.type_name }} ({{ review.type_abbreviation }}). The independent chair is {{ review.chair }}.

        Please provide {{ agency.name }}'s Individual Management Review (IMR) and chronology of its contact by {{ request.due_date }}. The author should have had no direct involvement with the case, and the IMR should be signed off by a senior manager before it is sent.

        The panel must complete its report by {{ review.statutory_deadline }}, so please tell us at once if you cannot meet the due date.
        """;

    private const string Family = """
        {{ partnership.name }}
        {{ letter.date }}

        To the family of {{ review.victim }}

        Our reference: {{ review.reference }}

        Dear family of {{ review.victim }},

        We are very sorry for your loss.

        {{ partnership.name }} is holding a {{ review.type_name }} into the death of {{ review.victim }}. A review is not an inquiry into how {{ review.victim }} died or into who is to blame: it looks at what agencies knew and did, so that others can be better protected in future.

        The review is led by an independent chair, {{ review.chair }}, who would like to meet you, if you wish, to hear about {{ review.victim }} and about your family's experience of the services involved. You can take part as much or as little as you choose, and you may bring a friend or an advocate with you.

        We will write again to suggest a meeting. In the meantime, please contact us with any question.
        """;

    private const string QaCover = """
        {{ partnership.name }}
        {{ letter.date }}

        To: the Home Office Quality Assurance Panel

        Our reference: {{ review.reference }}

        Dear Panel members,

        {{ review.type_name }} {{ review.reference }}: submission for quality assurance

        Please find enclosed the overview report, executive summary and action plan of {{ review.type_name }} {{ review.reference }}, which {{ partnership.name }} decided to hold on {{ review.decision_date }}, chaired by {{ review.chair }}.

        The report has been signed off locally. Its statutory deadline is {{ review.statutory_deadline }}.
        """;

    public static string For(LetterKind kind) => kind switch
    {
        LetterKind.HomeOfficeDecision => HomeOffice,
        LetterKind.AgencyScoping => Scoping,
        LetterKind.ImrRequest => Imr,
        LetterKind.FamilyFirstLetter => Family,
        _ => QaCover,
    } + "\n\n" + Signature;
}
