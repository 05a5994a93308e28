using System.Globalization;
using Microsoft.Extensions.Options;
using MissionBot.Hosting;
using MissionBot.Texts;

namespace MissionBot.Decisions;

/// <summary>
/// The reasons an owner may give to candidates who are not selected (from config/, or the built-in grid),
/// in the bot's language. Owners pick one by number, by key ("dispo", "disponibilités") or by its sentence.
/// </summary>
public sealed class RefusalReasonGrid
{
    private static readonly RefusalReasonOption[] BuiltIn =
    [
        Reason(["profil", "profile"], "un profil plus proche des besoins de la mission a été retenu", "a profile closer to the mission's needs was chosen"),
        Reason(["disponibilités", "dispo", "availability"], "les disponibilités ne correspondaient pas à celles de la mission", "the availability did not match the mission's"),
        Reason(["compétences", "skills"], "la mission demandait des compétences un peu différentes", "the mission called for somewhat different skills"),
        Reason(["pourvue", "filled"], "la mission est déjà pourvue", "the mission is already filled"),
        Reason(["close", "closed", "sans suite"], "la mission a été close sans sélection", "the mission was closed without a selection"),
        Reason(["annulée", "cancelled", "canceled"], "la mission est annulée", "the mission is cancelled"),
    ];

    public RefusalReasonGrid(IOptions<DecisionsOptions> options, IOptions<BotOptions> bot)
    {
        var english = string.Equals(bot.Value.Language.Trim(), "en", StringComparison.OrdinalIgnoreCase);
        var configured = options.Value.RefusalReasons.Count > 0 ? options.Value.RefusalReasons : (IReadOnlyList<RefusalReasonOption>)BuiltIn;
        Reasons = configured
            .Select((o, i) => new RefusalReason(
                i + 1,
                o.Keys.FirstOrDefault(k => k.Trim().Length > 0)?.Trim() ?? (i + 1).ToString(CultureInfo.InvariantCulture),
                o.Keys.Select(TextNormalizer.Fold).Where(k => k.Length > 0).ToList(),
                (english ? Pick(o.En, o.Fr) : Pick(o.Fr, o.En)).Trim()))
            .ToList();
        Default = Find(options.Value.DefaultReason) ?? Reasons[0];
        Cancel = Find(options.Value.CancelReason) ?? Default;
    }

    public IReadOnlyList<RefusalReason> Reasons { get; }

    /// <summary>Sent to every waiting candidate when an owner closes a mission and confirms.</summary>
    public RefusalReason Default { get; }

    /// <summary>Sent to every waiting candidate when a mission is cancelled and the owner confirms.</summary>
    public RefusalReason Cancel { get; }

    /// <summary>
    /// The reasons that make sense for a kind of decision: a selection does not offer "closed without selection"
    /// or "cancelled", closing does not offer "cancelled". Numbers stay those of the whole grid.
    /// </summary>
    public IReadOnlyList<RefusalReason> For(DecisionKind kind) => kind switch
    {
        DecisionKind.Select => Reasons.Where(r => r != Default && r != Cancel).ToList() is { Count: > 0 } forSelection ? forSelection : Reasons,
        DecisionKind.Close => Reasons.Where(r => r != Cancel).ToList(),
        _ => Reasons,
    };

    /// <summary>Keys of the built-in grid, for the options validator.</summary>
    public static IEnumerable<string> BuiltInKeys => BuiltIn.SelectMany(o => o.Keys);

    /// <summary>The reason a person typed: its number, one of its keys, a key's unambiguous start, or its sentence.</summary>
    public RefusalReason? Find(string typed)
    {
        var folded = TextNormalizer.Fold(typed.Trim().Trim('«', '»', '"', '.', ' '));
        if (folded.Length == 0)
        {
            return null;
        }
        if (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= Reasons.Count ? Reasons[number - 1] : null;
        }
        var exact = Reasons.FirstOrDefault(r => r.Keys.Contains(folded) || TextNormalizer.Fold(r.Text) == folded);
        if (exact is not null)
        {
            return exact;
        }
        var started = Reasons.Where(r => folded.Length >= 3 && r.Keys.Any(k => k.StartsWith(folded, StringComparison.Ordinal))).ToList();
        return started.Count == 1 ? started[0] : null;
    }

    private static string Pick(string preferred, string fallback) => preferred.Trim().Length > 0 ? preferred : fallback;

    private static RefusalReasonOption Reason(List<string> keys, string fr, string en) => new() { Keys = keys, Fr = fr, En = en };
}
