using System.Text;
using MissionBot.Cooptation;
using MissionBot.Missions;

namespace MissionBot.Texts.Interpellation;

/// <summary>English texts: cooptation (trusted people recommend people they trust).</summary>
public sealed partial class EnglishInterpellationTexts
{
    public override string TrustQuestion(Mission mission) =>
        $"👋 Hello! @{mission.OwnerUsername} is looking for someone for mission {MissionRef(mission)}{Outline(mission)}.\n" +
        "You know the network well: whom do you trust for this? Answer here with @names, or `no one`.\n" +
        "_I'll tell them you recommended them; add `anonymous` to your answer if you'd rather stay unnamed._";

    public override string CooptSummary(CooptReport report)
    {
        var text = new StringBuilder($"**Cooptation for your mission {MissionRef(report.Mission)}**\n");
        text.Append(report.Asked.Count == 0
            ? "I didn't ask anyone for recommendations.\n"
            : $"I asked {Mentions(report.Asked)} whom they trust. I'll tell you what they answer.\n");
        AppendSkipped(text, report.Skipped);
        if (report.Unknown.Count > 0)
        {
            text.Append("I don't know: ").Append(Typed(report.Unknown)).Append(". Check the usernames.\n");
        }
        return text.ToString().TrimEnd('\n');
    }

    public override string CooptNobodyTrusted(Mission mission) =>
        $"I can't find anyone who did such missions or listed these skills. Name trusted people: `{Cmd} coopt {mission.Number} @alice @bob`.";

    public override string CooptTooManyNames(int max, string usage) =>
        $"That's a lot of people: {max} names at most at once. Nothing was sent. {usage}";

    public override string NomineeInvitation(Mission mission, string? nominator) =>
        "👋 Hello! " + (nominator is null ? "Someone in the network" : "@" + nominator) +
        $" recommends you for mission {MissionRef(mission)}{Outline(mission)}, run by @{mission.OwnerUsername}.\n" +
        $"Interested? Answer here `yes` or `no` (or `not now`). Details: `{Cmd} show {mission.Number}`.";

    public override string NominationsNoted(IReadOnlyList<string> nominees, IReadOnlyList<string> unknown, bool anonymous)
    {
        var text = nominees.Count == 0 ? "" :
            $"Thanks! I'm passing your recommendation on to {Mentions(nominees)}" + (anonymous ? " without saying it comes from you" : "") +
            ". I'll tell you how it ends.";
        if (unknown.Count > 0)
        {
            text += (text.Length > 0 ? "\n" : "") +
                $"I don't know: {Typed(unknown)}. Check the usernames and send them again (with an @), or answer `no one`.";
        }
        return text;
    }

    public override string UnknownNamesOnly(IReadOnlyList<string> unknown) =>
        $"I don't know: {Typed(unknown)}. Check the usernames and send them again (with an @), or answer `no one`.";

    public override string NobodyNoted() => "Noted, thanks for taking the time to answer!";

    public override string AnonymousNoted() =>
        "Understood: I won't say the recommendation comes from you. Whom do you trust? Answer with @names, or `no one`.";

    public override string SelfNomination(Mission mission) =>
        $"You can volunteer yourself: `{Cmd} join {mission.Number}`.";

    public override string NominatorOutcome(Mission mission, string nominee, bool accepted) => accepted
        ? $"Good news: @{nominee} accepted your recommendation for mission {MissionRef(mission)}. Thank you!"
        : $"@{nominee} declined mission {MissionRef(mission)}. Thanks anyway for thinking of them!";

    public override string OwnerNominations(Mission mission, string nominator, IReadOnlyList<string> nominees) =>
        $"@{nominator} recommends {Mentions(nominees)} for your mission {MissionRef(mission)}. I offered them the mission; I'll tell you if someone accepts.";

    public override string OwnerNobodyRecommended(Mission mission, string nominator) =>
        $"@{nominator} has nobody to recommend for your mission {MissionRef(mission)}.";

    public override string OwnerRecommendedBy(Mission mission, string candidate, IReadOnlyList<string> nominators) =>
        $"@{candidate} was recommended by {Mentions(nominators)} (mission **#{mission.Number}**).";
}
