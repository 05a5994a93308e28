using System.Globalization;
using System.Text;
using MissionBot.Jury;
using MissionBot.Missions;

namespace MissionBot.Texts.Jury;

public sealed class EnglishJuryTexts(string command) : JuryTexts(command)
{
    public override string HelpLine(string subcommand) => subcommand switch
    {
        "jury" => $"`{Cmd} jury 12 @a @b grid: price 40, method 30, experience 30`: a jury for your paid mission #12 (no candidate, nobody who recommended a candidate)",
        "anonymous" => $"`{Cmd} anonymous 12`: the jury sees candidacies without names until the ranking",
        "score" => $"`{Cmd} score 12 A 4 3 5` (jurors, privately): score candidacy A from 0 to 5 per criterion",
        "results" => $"`{Cmd} results 12`: the jury's ranking",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "jury" => $"`{Cmd} jury 12 @a @b [grid: price 40, method 30, experience 30] [anonymous]`",
        "anonymous" => $"`{Cmd} anonymous 12`",
        "score" => $"`{Cmd} score 12 A 4 3 5` or `{Cmd} score 12 A price 4 method 3 experience 5`",
        "results" => $"`{Cmd} results 12`",
        _ => $"`{Cmd} help`",
    };

    public override string NotAllowed(Mission mission) =>
        $"Only @{mission.OwnerUsername}, who runs mission **#{mission.Number}**, or a coordinator can set up its jury.";

    public override string NotOpen(Mission mission) =>
        $"Mission **#{mission.Number}** is already decided: the jury has nothing left to score.";

    public override string NotPaid(Mission mission) =>
        $"Juries are for paid missions, and mission **#{mission.Number}** is a volunteer one: decide directly with `{Cmd} select {mission.Number} @bob`.";

    public override string NobodyNamed(int missionNumber) =>
        $"Tell me who is on the jury, for example: `{Cmd} jury {missionNumber} @alice @bob`.";

    public override string BadGrid(string typed) =>
        $"I can't read the grid \"{SafeText.Inline(typed)}\". Write each criterion followed by its weight, for example: `grid: price 40, method 30, experience 30`.";

    public override string GridLocked(Mission mission, MissionJury jury) =>
        $"The jury of mission **#{mission.Number}** has started scoring with the grid \"{SafeText.Inline(JuryGrid.Format(jury.Criteria))}\": it can no longer change, so that all scores stay comparable.";

    public override string JuryUpdated(Mission mission, MissionJury jury, IReadOnlyList<string> added, IReadOnlyList<JuryEvent> refused, IReadOnlyList<string> unknown, IReadOnlyList<string> already)
    {
        var text = new StringBuilder($"Jury of mission **#{mission.Number}**: ");
        text.Append(jury.Jurors.Count == 0 ? "nobody yet." : string.Join(", ", jury.Jurors.Select(j => "@" + j.Username)) + ".");
        text.Append("\nGrid: ").Append(SafeText.Inline(Grid(jury))).Append(jury.Anonymous ? " · anonymous view (jurors see no names before the ranking)" : "");
        if (added.Count > 0)
        {
            text.Append("\nI just wrote privately to ").Append(string.Join(", ", added.Select(a => "@" + a))).Append(" to explain how to score.");
        }
        foreach (var refusedEvent in refused)
        {
            text.Append("\n⛔ ").Append(Describe(refusedEvent)).Append(": no juror may also be a candidate or close to one.");
        }
        if (unknown.Count > 0)
        {
            text.Append("\nI can't find anyone named ").Append(string.Join(", ", unknown.Select(u => $"\"{SafeText.Inline(u)}\""))).Append(": check the spelling.");
        }
        if (already.Count > 0)
        {
            text.Append("\nAlready on the jury: ").Append(string.Join(", ", already.Select(a => "@" + a))).Append('.');
        }
        return text.ToString();
    }

    public override string AnonymousOn(Mission mission, int alreadyInvited) =>
        $"Done: the jury of mission **#{mission.Number}** will see candidacies without names (A, B, C…) until the ranking is complete." +
        (alreadyInvited > 0 ? $" Note: {(alreadyInvited == 1 ? "one juror has" : $"{alreadyInvited} jurors have")} already received the list with names." : "");

    public override string Invite(Mission mission, MissionJury jury, IReadOnlyList<(string Label, string? Username)> candidacies)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"You are on the jury of mission **#{mission.Number}** \"{SafeText.Inline(mission.Title)}\" (run by @{mission.OwnerUsername}). Thank you!\n");
        text.Append("**Grid:** ").Append(SafeText.Inline(Grid(jury))).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"Score each candidacy from 0 to {JuryGrid.MaxScore} on each criterion, here in private, in the grid's order: ");
        text.Append(CultureInfo.InvariantCulture, $"`score {mission.Number} A {string.Join(' ', jury.Criteria.Select((_, i) => (3 + (i % 3)).ToString(CultureInfo.InvariantCulture)))}`. Your scores stay private; only the ranking is shared.\n");
        if (jury.Anonymous)
        {
            text.Append("Candidacies are anonymous: you will see the names with the ranking, once every score is in.\n");
        }
        text.Append(candidacies.Count == 0 ? "No candidacy yet: I will tell you about each new one." : "**Candidacies:**\n" + string.Join("\n", candidacies.Select(Line)));
        return text.ToString();
    }

    public override string NewCandidacy(Mission mission, MissionJury jury, string label, string? username) =>
        $"New candidacy for mission **#{mission.Number}**: **{label}**{(username is null ? "" : $" (@{username})")}. Score it here with `score {mission.Number} {label} …`.";

    public override string RemovedJuror(Mission mission, JuryEventKind kind) =>
        kind == JuryEventKind.RemovedCandidate
            ? $"You volunteered for mission **#{mission.Number}**: so you are no longer on its jury, and your scores are removed. Nobody is both judge and candidate. Good luck!"
            : $"Someone you recommended volunteered for mission **#{mission.Number}**: so you are no longer on its jury, and your scores are removed.";

    public override string OwnerJurorRemoved(Mission mission, JuryEvent removed) =>
        $"{Describe(removed)}: removed from the jury of your mission **#{mission.Number}**; their scores no longer count. You can add someone else with `{Cmd} jury {mission.Number} @name`.";

    public override string NotJuror(Mission mission) =>
        $"You are not on the jury of mission **#{mission.Number}**.";

    public override string NoJury(Mission mission) =>
        $"Mission **#{mission.Number}** has no jury. To set one up: `{Cmd} jury {mission.Number} @alice @bob`.";

    public override string UnknownCandidacy(Mission mission, string typed, IReadOnlyList<string> labels) =>
        $"I can't find the candidacy \"{SafeText.Inline(typed)}\" for mission **#{mission.Number}**. " +
        (labels.Count == 0 ? "There is none yet." : $"Candidacies: {string.Join(", ", labels)}.");

    public override string ScoreHowTo(int missionNumber) =>
        $"To score: `score {missionNumber} A 4 3 5` (the candidacy's letter, then a score from 0 to {JuryGrid.MaxScore} per criterion, in the grid's order).";

    public override string BadScores(Mission mission, MissionJury jury, string label) =>
        $"I need {jury.Criteria.Count} scores from 0 to {JuryGrid.MaxScore}, one per criterion ({SafeText.Inline(string.Join(", ", jury.Criteria.Select(c => c.Name)))}), " +
        $"for example: `score {mission.Number} {label} {string.Join(' ', jury.Criteria.Select(_ => "4"))}`.";

    public override string Scored(Mission mission, MissionJury jury, string label, IReadOnlyList<int> scores, double total, IReadOnlyList<string> remaining) =>
        $"Recorded: candidacy **{label}** → {OutOf(total, JuryGrid.Total(jury.Criteria))} " +
        $"({SafeText.Inline(string.Join(", ", jury.Criteria.Select((c, i) => $"{c.Name} {scores[i]}/{JuryGrid.MaxScore}")))}). " +
        (remaining.Count == 0 ? "You have scored every candidacy, thank you!" : $"Still to score: {string.Join(", ", remaining)}.");

    public override string Results(Mission mission, MissionJury jury, IReadOnlyList<RankedCandidacy> ranking, bool showNames, IReadOnlyList<(string Username, int Missing)> missing)
    {
        var max = JuryGrid.Total(jury.Criteria);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Jury ranking · mission #{mission.Number}** \"{SafeText.Inline(mission.Title)}\"\n");
        text.Append("Grid: ").Append(SafeText.Inline(Grid(jury))).Append(CultureInfo.InvariantCulture, $" · {jury.Jurors.Count} juror{(jury.Jurors.Count > 1 ? "s" : "")}\n");
        foreach (var row in ranking)
        {
            var who = showNames && row.Candidacy.Username.Length > 0 ? $" · @{row.Candidacy.Username}" : "";
            if (row.Scorers == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **{row.Label}**{who}: not scored yet\n");
                continue;
            }
            var detail = string.Join(", ", jury.Criteria.Select((c, i) => $"{c.Name} {Points(row.PerCriterion[i])}"));
            text.Append(CultureInfo.InvariantCulture, $"{row.Rank}. **{row.Label}**{who}: {OutOf(row.Total, max)} ({SafeText.Inline(detail)})\n");
        }
        if (missing.Count > 0)
        {
            text.Append("Missing scores: ").Append(string.Join(", ", missing.Select(m => $"@{m.Username} ({m.Missing})"))).Append('\n');
            if (!showNames)
            {
                text.Append("Names will be revealed once every score is in.\n");
            }
        }
        if (jury.Events.Count > 0)
        {
            text.Append("Kept off the jury: ").Append(string.Join("; ", jury.Events.Select(Describe))).Append('\n');
        }
        text.Append(CultureInfo.InvariantCulture, $"To decide: `{Cmd} select {mission.Number} A`.");
        return text.ToString();
    }

    public override string CriteriaLine(MissionJury jury, double total, int rank, int count) =>
        $"The jury scored every candidacy with the grid \"{SafeText.Inline(Grid(jury))}\": yours got {OutOf(total, JuryGrid.Total(jury.Criteria))} " +
        $"({Ordinal(rank)} of {count}).";

    private static string Ordinal(int rank) => rank switch
    {
        1 => "1st",
        2 => "2nd",
        3 => "3rd",
        _ => $"{rank}th",
    };

    private static string Grid(MissionJury jury) => JuryGrid.Format(jury.Criteria);

    private static string Line((string Label, string? Username) candidacy) =>
        candidacy.Username is null ? $"- **{candidacy.Label}**" : $"- **{candidacy.Label}**: @{candidacy.Username}";

    private static string Describe(JuryEvent e) => e.Kind switch
    {
        JuryEventKind.RefusedCandidate => $"@{e.Username} is a candidate",
        JuryEventKind.RefusedCoopter => $"@{e.Username} recommended @{e.CandidateUsername}, a candidate",
        JuryEventKind.RemovedCandidate => $"@{e.Username} volunteered as a candidate",
        _ => $"@{e.Username} recommended @{e.CandidateUsername}, who became a candidate",
    };
}
