using System.Globalization;
using System.Text;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.People;

namespace MissionBot.Texts.Interpellation;

/// <summary>English texts: skills, preferences, "/mission me" and "/mission who". Pings, cooptation and waves are in the other parts.</summary>
public sealed partial class EnglishInterpellationTexts(string command) : InterpellationTexts(command)
{
    private const int MaxLimit = 20;

    public override string HelpLine(string subcommand) => subcommand switch
    {
        "skills" => $"`{Cmd} skills`: your skills (`{Cmd} skills add wordpress, design`, `{Cmd} skills remove design`)",
        "place" => $"`{Cmd} place Lyon`: where you are, for missions near you",
        "pause" => $"`{Cmd} pause 14d`: no pings for a while",
        "resume" => $"`{Cmd} resume`: get pings again",
        "stop" => $"`{Cmd} stop`: never get pinged again (you can still volunteer)",
        "limit" => $"`{Cmd} limit 1`: at most 1 ping a week",
        "me" => $"`{Cmd} me`: your profile, your pings and your candidacies",
        "who" => $"`{Cmd} who wordpress, lyon`: who has this skill (for people who run a mission)",
        "ping" => $"`{Cmd} ping 12`: privately ask the 5 people who best fit your mission #12",
        "coopt" => $"`{Cmd} coopt 12 @alice`: ask trusted people whom they recommend",
        "waves" => $"`{Cmd} waves 12`: the waves of a mission created with `waves: auto` (`{Cmd} waves 12 stop` to stop them)",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "skills" => $"`{Cmd} skills`, `{Cmd} skills add wordpress, design` or `{Cmd} skills remove design`",
        "place" => $"`{Cmd} place Lyon` (or `{Cmd} place none` to clear it)",
        "pause" => $"`{Cmd} pause 14d` (or `2w`, `1 month`, `2026-12-15`)",
        "resume" => $"`{Cmd} resume`",
        "stop" => $"`{Cmd} stop`",
        "limit" => $"`{Cmd} limit 1` (0 to {MaxLimit} a week)",
        "me" => $"`{Cmd} me`",
        "who" => $"`{Cmd} who wordpress` or `{Cmd} who wordpress, lyon`",
        "ping" => $"`{Cmd} ping 12` or `{Cmd} ping 12 3` (how many people)",
        "coopt" => $"`{Cmd} coopt 12` or `{Cmd} coopt 12 @alice @bob`",
        "waves" => $"`{Cmd} waves 12` or `{Cmd} waves 12 stop`",
        _ => $"`{Cmd} help`",
    };

    public override string Skills(IReadOnlyList<string> labels) => labels.Count == 0
        ? $"You haven't listed any skills yet. Add some so people think of you: `{Cmd} skills add wordpress, design`."
        : $"Your skills: {Labels(labels)}. To add: `{Cmd} skills add …`; to remove: `{Cmd} skills remove …`.";

    public override string SkillsAdded(IReadOnlyList<string> added, IReadOnlyList<string> all) =>
        $"Noted: {Labels(added)}. Your skills: {Labels(all)}.";

    public override string SkillsAlreadyThere(IReadOnlyList<string> all) =>
        $"You had already listed them, nothing to change. Your skills: {Labels(all)}.";

    public override string SkillsFull(int max) =>
        $"You already have {max} skills, the most allowed. Remove one with `{Cmd} skills remove …` first.";

    public override string SkillsRemoved(IReadOnlyList<string> removed, IReadOnlyList<string> all) =>
        $"Removed: {Labels(removed)}. " + (all.Count == 0 ? "You have no skills listed now." : $"Your skills: {Labels(all)}.");

    public override string SkillsNotFound(IReadOnlyList<string> typed, IReadOnlyList<string> all) =>
        $"I can't find {Labels(typed)} in your skills; nothing changed. " +
        (all.Count == 0 ? "You have no skills listed." : $"Your skills: {Labels(all)}.");

    public override string SkillsMissing(string usage) => $"Tell me which skills, separated by commas. For example: {usage}";

    public override string SkillTooLong(string skill, int max) =>
        $"\"{SafeText.Inline(SafeText.Truncate(skill, 40))}\" is too long for a skill ({max} characters at most). Separate skills with commas. Nothing changed.";

    public override string SkillsBadAction(string word, string usage) =>
        $"I don't know how to \"{SafeText.Inline(word)}\" skills. Try: {usage}";

    public override string Place(string place) => place.Length == 0
        ? $"You haven't said where you are. For example: `{Cmd} place Lyon`."
        : $"Your place: {SafeText.Inline(place)}. To change it: `{Cmd} place …`; to clear it: `{Cmd} place none`.";

    public override string PlaceSet(string place) => $"Noted, you are in {SafeText.Inline(place)}.";

    public override string PlaceCleared() => "Cleared: you have no place listed now.";

    public override string PlaceTooLong(int max) => $"That place is too long ({max} characters at most). Nothing changed.";

    public override string Paused(DateTime until) =>
        $"Noted: no pings before {Date(until)}. You can still volunteer for missions. To resume earlier: `{Cmd} resume`.";

    public override string Resumed() => "Noted: I may ping you again when a mission fits you. Thanks!";

    public override string Stopped() =>
        $"Noted: I will never ping you again. You can still volunteer for missions (`{Cmd} list`). If you change your mind: `{Cmd} resume`.";

    public override string LimitSet(int perWeek) => perWeek == 0
        ? $"Noted: no pings at all. To get some again: `{Cmd} limit 2`."
        : $"Noted: at most {Times(perWeek)} a week.";

    public override string BadDuration(string typed, string usage) =>
        $"I can't read the duration \"{SafeText.Inline(typed)}\" (1 day to 1 year). For example: {usage}";

    public override string BadLimit(string typed, string usage) =>
        $"\"{SafeText.Inline(typed)}\" is not a number of pings a week. For example: {usage}";

    public override string Me(MemberOverview overview)
    {
        var me = overview;
        var text = new StringBuilder("**Your profile**\n");
        text.Append("- Skills: ").Append(me.Skills.Count == 0 ? $"none yet (`{Cmd} skills add …`)" : Labels(me.Skills)).Append('\n');
        text.Append("- Place: ").Append(me.Place.Length == 0 ? "not set" : SafeText.Inline(me.Place)).Append('\n');
        text.Append("- Pings: ");
        if (me.Stopped)
        {
            text.Append($"you asked never to be pinged (`{Cmd} resume` to come back)");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"at most {Times(me.Limit)} a week").Append(me.LimitIsDefault ? " (default)" : "");
            if (me.PausedUntil is { } until)
            {
                text.Append(", paused until ").Append(Date(until));
            }
        }
        text.Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"- Pinged {Times(me.PingsLast30Days)} in the last 30 days, {Times(me.PingsLast90Days)} in the last 90 days");
        text.Append(me.RecentPings.Count == 0 ? ".\n" : ":\n");
        foreach (var ping in me.RecentPings)
        {
            text.Append("  - ").Append(Date(ping.At)).Append(": ").Append(MissionRef(ping.MissionNumber, ping.MissionTitle))
                .Append(" (").Append(KindLabel(ping.Kind)).Append(")\n");
        }
        if (me.Candidacies.Count == 0)
        {
            text.Append($"- Candidacies: none yet (`{Cmd} list` shows open missions)");
            return text.ToString();
        }
        text.Append("- Candidacies:\n");
        foreach (var c in me.Candidacies)
        {
            text.Append("  - ").Append(MissionRef(c.MissionNumber, c.MissionTitle)).Append(": ").Append(StatusLabel(c.Status))
                .Append(" (").Append(SourceLabel(c.Source)).Append(")\n");
        }
        return text.ToString().TrimEnd('\n');
    }

    public override string WhoResults(string skill, string place, IReadOnlyList<WhoEntry> shown, int total)
    {
        var text = new StringBuilder($"**Who can do: {SafeText.Inline(skill)}**");
        if (place.Length > 0)
        {
            text.Append(" in ").Append(SafeText.Inline(place));
        }
        text.Append(CultureInfo.InvariantCulture, $" · {People(total)}, most recently active first\n");
        foreach (var entry in shown)
        {
            text.Append("- @").Append(entry.Username).Append(": ").Append(Evidence(entry));
            if (entry.Place.Length > 0)
            {
                text.Append(" · ").Append(SafeText.Inline(entry.Place));
            }
            if (entry.Stopped)
            {
                text.Append(" · 🔕 does not want pings");
            }
            text.Append('\n');
        }
        if (total > shown.Count)
        {
            text.Append(CultureInfo.InvariantCulture, $"… and {total - shown.Count} more.\n");
        }
        text.Append($"To ask them: `{Cmd} ping` and your mission's number (for example `{Cmd} ping 12`).");
        return text.ToString();
    }

    public override string WhoNobody(string skill, string place) =>
        $"Nobody has listed \"{SafeText.Inline(skill)}\" yet" + (place.Length > 0 ? $" in {SafeText.Inline(place)}" : "") +
        $". You can ask trusted people: `{Cmd} coopt 12`.";

    public override string WhoRefused() =>
        $"This search is for people who run a mission. Got one? `{Cmd} new`";

    public override string WhoMissingSkill(string usage) => $"Which skill are you looking for? For example: {usage}";

    public override string NotYourMission(Mission mission) =>
        $"Mission **#{mission.Number}** is run by @{mission.OwnerUsername}: only they (or a coordinator) can do that.";

    public override string BadCount(string typed, int max, string usage) =>
        $"\"{SafeText.Inline(typed)}\" is not a number of people between 1 and {max}. For example: {usage}";

    public override string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Evidence(WhoEntry entry)
    {
        var parts = new List<string>();
        if (entry.DeclaredLabel is not null)
        {
            parts.Add("declared");
        }
        if (entry.Cooptations > 0)
        {
            parts.Add($"recommended {Times(entry.Cooptations)}");
        }
        if (entry.MissionsDone > 0)
        {
            parts.Add(entry.MissionsDone == 1 ? "1 mission done" : $"{entry.MissionsDone} missions done");
        }
        return string.Join("; ", parts);
    }

    private static string MissionRef(Mission mission) => MissionRef(mission.Number, mission.Title);

    private static string MissionRef(int number, string title) => $"**#{number}** \"{SafeText.Inline(title)}\"";

    private static string Labels(IReadOnlyList<string> labels) => Join(labels.Select(SafeText.Inline).ToList());

    private static string Mentions(IReadOnlyList<string> usernames) => Join(usernames.Select(u => "@" + u).ToList());

    /// <summary>Names typed by someone, that may be anything: never turned into mentions.</summary>
    private static string Typed(IReadOnlyList<string> names) => Join(names.Select(n => $"\"{SafeText.Inline(n)}\"").ToList());

    private static string Join(List<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Times(int n) => n switch
    {
        1 => "once",
        2 => "twice",
        _ => $"{n} times",
    };

    private static string People(int n) => n == 1 ? "1 person" : $"{n} people";

    private static string KindLabel(PingKind kind) => kind switch
    {
        PingKind.Ping => "ping",
        PingKind.CooptationQuestion => "asked for recommendations",
        PingKind.NomineeInvitation => "recommended",
        _ => kind.ToString(),
    };

    private static string StatusLabel(CandidacyStatus status) => status switch
    {
        CandidacyStatus.Active => "pending",
        CandidacyStatus.Withdrawn => "withdrawn",
        CandidacyStatus.Selected => "selected",
        CandidacyStatus.Refused => "not selected",
        _ => status.ToString(),
    };

    private static string SourceLabel(CandidacySource source) => source switch
    {
        CandidacySource.Thread => "thread reply",
        CandidacySource.Button => "button",
        CandidacySource.Command => "command",
        CandidacySource.Ping => "after a ping",
        CandidacySource.Cooptation => "recommended",
        CandidacySource.OpenCall => "open call",
        _ => source.ToString(),
    };
}
