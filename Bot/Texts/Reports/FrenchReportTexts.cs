using System.Globalization;
using System.Text;
using MissionBot.Missions;
using MissionBot.Reports;

namespace MissionBot.Texts.Reports;

public sealed class FrenchReportTexts(string command) : ReportTexts(command)
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public override string HelpLine(string subcommand) => subcommand == "report"
        ? $"`{Cmd} report 2026` (coordination) : le bilan de l'année en privé, avec l'export ; `{Cmd} report 2026 --doc` : la documentation annuelle de chaque mission"
        : "";

    public override string Usage(string subcommand) => subcommand == "report" ? $"`{Cmd} report 2026` ou `{Cmd} report 2026 --doc`" : $"`{Cmd} help`";

    public override string NotCoordinator() =>
        "Le bilan du réseau est réservé aux coordinateur·ices (liste Missions:Coordinators de la configuration).";

    public override string BadYear(string typed) =>
        $"« {SafeText.Inline(typed)} » n'est pas une année. Par exemple : `{Cmd} report 2026` ou `{Cmd} report 2026 --doc`.";

    public override string OnItsWay(int year, bool document) => document
        ? $"Je t'envoie en privé la documentation {year} : un fichier Markdown avec chaque mission de l'année."
        : $"Je t'envoie en privé le bilan {year}, avec l'export en JSON et en CSV.";

    public override string NotSent() =>
        "Je n'ai pas réussi à t'envoyer le fichier en privé. Réessaie dans un instant.";

    public override string Summary(YearReport report)
    {
        var r = report;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Bilan {r.Year} des missions du réseau**\n");
        var m = r.Missions;
        text.Append(CultureInfo.InvariantCulture,
            $"- Missions publiées : {m.Posted} · pourvues : {m.Filled} (dont {m.Done} réalisée{(m.Done > 1 ? "s" : "")}) · closes sans sélection : {m.Closed} · annulées : {m.Cancelled} · encore ouvertes : {m.Open}\n");
        text.Append("- Délai médian pour pourvoir une mission : ").Append(r.MedianDaysToFill is { } d ? Days(d) : "pas encore de mission pourvue").Append('\n');
        var c = r.Candidacies;
        text.Append(CultureInfo.InvariantCulture, $"- Candidatures : {c.Total}");
        text.Append(c.AnsweredShare is { } share ? $" · {Percent(share)} ont reçu une réponse" : "");
        text.Append(c.Withdrawn > 0 ? $" (sans compter {c.Withdrawn} retirée{(c.Withdrawn > 1 ? "s" : "")})" : "").Append('\n');
        text.Append("- Origine des candidatures : ").Append(string.Join(" · ", r.Sources.Select(s => $"{SourceLabel(s.Key)} {s.Value}"))).Append('\n');
        var p = r.Pings;
        text.Append(p.Pings == 0
            ? "- Équité des sollicitations : aucune sollicitation privée enregistrée\n"
            : $"- Équité des sollicitations : {p.Pings} sollicitations pour {p.People} personnes connues ; {Percent(p.TopTenPercentShare)} vont aux 10 % les plus sollicitées ; indice de Gini {p.Gini.ToString("0.00", Fr)} (0 = réparti également, 1 = tout pour une seule personne)\n");
        text.Append("- Compétences demandées / disponibles : ")
            .Append(r.Skills.Count == 0 ? "aucune compétence demandée" : string.Join(" · ", r.Skills.Select(s => $"{SafeText.Inline(s.Skill)} {s.Asked}/{s.Available}")))
            .Append('\n');
        var k = r.Contributions;
        text.Append("- Contributions reçues : ").Append(k.Payments + k.InKind == 0
            ? "aucune enregistrée"
            : $"{Money(k.Amount)} ({k.Payments} versement{(k.Payments > 1 ? "s" : "")}){(k.InKind > 0 ? $" + {k.InKind} en nature" : "")}").Append('\n');
        text.Append("- Avis après mission : ").Append(r.Feedback.AverageRating is { } avg
            ? $"{avg.ToString("0.#", Fr)}/5 en moyenne ({r.Feedback.Answers} avis)"
            : "aucun avis pour l'instant").Append('\n');
        if (r.Owners.Count > 0)
        {
            text.Append("- Réactivité des porteur·ses : ")
                .Append(string.Join(" · ", r.Owners.Take(10).Select(o => $"{Name(o.Username)} {Percent(o.AnsweredShare)}{(o.MedianDays is { } md ? $" en {Days(md)}" : "")}")))
                .Append('\n');
        }
        text.Append(CultureInfo.InvariantCulture, $"Le détail est dans les fichiers joints (rapport-{r.Year}.json, missions-{r.Year}.csv). Pour la documentation annuelle : `{Cmd} report {r.Year} --doc`.");
        return text.ToString();
    }

    public override string CsvCaption(int year) => $"Les missions {year}, une par ligne (séparateur « ; »), à ouvrir avec un tableur.";

    public override string DocumentCaption(int year, int missions) =>
        $"Documentation annuelle {year} : {missions} mission{(missions > 1 ? "s" : "")}, ce qu'elles demandaient, qui les a réalisées et comment elles se sont terminées.";

    public override string TooBigForAMessage(string fileName) =>
        $"(Cette messagerie ne me permet pas de joindre {fileName} et il est trop long pour un message : demande à l'équipe technique de l'extraire.)";

    public override string Document(YearReport report)
    {
        var r = report;
        var doc = new StringBuilder();
        doc.Append(CultureInfo.InvariantCulture, $"# Missions {r.Year} : documentation annuelle\n\n");
        doc.Append(CultureInfo.InvariantCulture,
            $"Document établi par MissionBot le {r.GeneratedAt.ToString("dd/MM/yyyy", Fr)}. Missions publiées : {r.Missions.Posted} ; pourvues : {r.Missions.Filled} ; closes sans sélection : {r.Missions.Closed} ; annulées : {r.Missions.Cancelled}.\n");
        foreach (var m in r.MissionList)
        {
            doc.Append(CultureInfo.InvariantCulture, $"\n## #{m.Number} · {m.Title}\n\n");
            if (m.Description.Length > 0)
            {
                doc.Append(string.Join("\n", m.Description.Split('\n').Select(l => "> " + l.TrimEnd('\r')))).Append("\n\n");
            }
            doc.Append(CultureInfo.InvariantCulture, $"- **Proposée par :** {Name(m.Owner)}, le {m.CreatedAt.ToString("dd/MM/yyyy", Fr)}\n");
            doc.Append("- **Compétences :** ").Append(m.Skills.Count == 0 ? "non précisées" : string.Join(", ", m.Skills)).Append('\n');
            doc.Append("- **Type :** ").Append(m.Paid ? "rémunérée" : "bénévole");
            var terms = ContributionTerms(m.ContributionPercent, m.ContributionFree);
            doc.Append(terms.Length > 0 ? $" · contribution au réseau : {terms}" : "").Append('\n');
            doc.Append(CultureInfo.InvariantCulture, $"- **Candidatures :** {m.Candidates}");
            doc.Append(m.Candidates == 0 ? "" : m.Answered == m.Candidates ? (m.Candidates == 1 ? " (elle a reçu une réponse)" : " (chacune a reçu une réponse)") : $" ({m.Answered} avec réponse)").Append('\n');
            doc.Append("- **Issue :** ").Append(Outcome(m)).Append('\n');
            if (m.AverageRating is { } rating)
            {
                doc.Append(CultureInfo.InvariantCulture, $"- **Avis :** {rating.ToString("0.#", Fr)}/5 ({m.Ratings} avis)\n");
            }
            if (m.ContributedAmount > 0 || m.ContributedInKind.Count > 0)
            {
                var given = new List<string>();
                if (m.ContributedAmount > 0)
                {
                    given.Add(Money(m.ContributedAmount));
                }
                given.AddRange(m.ContributedInKind.Select(k => $"{k} (en nature)"));
                doc.Append("- **Contributions reçues :** ").Append(string.Join(", ", given)).Append('\n');
            }
        }
        return doc.ToString();
    }

    public override IReadOnlyList<string> CsvHeader { get; } =
    [
        "numero", "titre", "porteur", "statut", "publiee_le", "decidee_le", "realisee_le", "remuneree", "competences",
        "candidatures", "avec_reponse", "retenu_es", "contribution_prevue", "contributions_euros", "contributions_en_nature",
    ];

    public override string StatusLabel(MissionStatus status, bool done) => status switch
    {
        MissionStatus.Open => "ouverte",
        MissionStatus.Filled => done ? "réalisée" : "pourvue",
        MissionStatus.Closed => "close sans sélection",
        MissionStatus.Cancelled => "annulée",
        _ => status.ToString(),
    };

    public override string YesNo(bool value) => value ? "oui" : "non";

    public override string Number(decimal value) => value.ToString("0.##", Fr);

    public override string ContributionTerms(decimal? percent, bool free) =>
        percent is { } p ? $"{p.ToString("0.##", Fr)} %" : free ? "libre" : "";

    public override string Forgotten => "(personne effacée)";

    private string Outcome(MissionLine m) => m.Status switch
    {
        MissionStatus.Filled => $"pourvue le {Date(m.ClosedAt)} : {string.Join(", ", m.Selected.Select(Name))}" +
            (m.CompletedAt is { } done ? $" · réalisée le {Date(done)}" : ""),
        MissionStatus.Closed => $"close sans sélection le {Date(m.ClosedAt)}",
        MissionStatus.Cancelled => $"annulée le {Date(m.ClosedAt)}",
        _ => "encore ouverte",
    };

    private static string Date(DateTime? date) => date?.ToString("dd/MM/yyyy", Fr) ?? "?";

    private static string Days(double days) =>
        days < 1 ? "moins d'un jour" : $"{Math.Round(days, 1, MidpointRounding.AwayFromZero).ToString("0.#", Fr)} jour{(days >= 2 ? "s" : "")}";

    private static string Percent(double share) => $"{Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString(Fr)} %";

    private static string Money(decimal amount) => $"{amount.ToString("#,0.##", Fr)} €";

    private static string SourceLabel(string source) => source switch
    {
        nameof(CandidacySource.Thread) => "fil",
        nameof(CandidacySource.Button) => "bouton",
        nameof(CandidacySource.Command) => "commande",
        nameof(CandidacySource.Ping) => "sollicitation",
        nameof(CandidacySource.Cooptation) => "cooptation",
        nameof(CandidacySource.OpenCall) => "appel ouvert",
        _ => source,
    };
}
