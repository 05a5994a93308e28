using System.Globalization;
using System.Text;
using MissionBot.Cooptation;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.Waves;

namespace MissionBot.Texts.Interpellation;

/// <summary>English texts: waves (cooptation, then targeted pings, then an open call).</summary>
public sealed partial class EnglishInterpellationTexts
{
    public override string WaveCooptation(CooptReport report, DateTime nextAt) =>
        $"🌊 **Wave 1 (cooptation)** for your mission {MissionRef(report.Mission)}: I asked {Mentions(report.Asked)} whom they trust.\n" +
        $"Without a candidate by {When(nextAt)}, I'll move on to wave 2 (targeted pings). To stop: `{Cmd} waves {report.Mission.Number} stop`.";

    public override string WaveCooptationNobody(Mission mission) =>
        $"🌊 **Wave 1 (cooptation)** for your mission {MissionRef(mission)}: I found nobody trusted to ask, so I'm going straight to wave 2.";

    public override string WavePings(PingReport report, DateTime nextAt)
    {
        var text = new StringBuilder($"🌊 **Wave 2 (targeted pings)** for your mission {MissionRef(report.Mission)}: I wrote to {People(report.Asked.Count)}:\n");
        foreach (var asked in report.Asked)
        {
            text.Append("- @").Append(asked.Username).Append(": ").Append(OwnerReasons(report.Mission, asked)).Append('\n');
        }
        AppendSkipped(text, report.Skipped);
        text.Append($"Without a candidate by {When(nextAt)}, I'll post an open call in the channel (wave 3). To stop: `{Cmd} waves {report.Mission.Number} stop`.");
        return text.ToString();
    }

    public override string WavePingsNobody(Mission mission) =>
        $"🌊 **Wave 2 (targeted pings)** for your mission {MissionRef(mission)}: nobody to ping right now, moving on to the open call.";

    public override string WaveOpenCall(Mission mission) =>
        $"🌊 **Wave 3 (open call)**: your mission {MissionRef(mission)} is now announced in the missions channel. The waves are over.";

    public override string WaveOpenCallFailed(Mission mission) =>
        $"I couldn't post the open call for your mission {MissionRef(mission)}; I'll try again a bit later.";

    public override string WavesEnough(Mission mission, int candidates) =>
        $"🌊 Your mission {MissionRef(mission)} has {(candidates == 1 ? "a candidate" : $"{candidates} candidates")}: I'm stopping the waves here. " +
        $"You can still ping more people with `{Cmd} ping {mission.Number}`.";

    public override string WavesStopped(Mission mission) =>
        $"Stopped: no more waves for mission **#{mission.Number}**." +
        (mission.AnnouncementPostId.Length == 0 ? $" It is not announced in the channel; you can still ping people with `{Cmd} ping {mission.Number}`." : "");

    public override string WavesStatus(Mission mission, WavePlan plan) => plan.Stage switch
    {
        WaveStage.Cooptation => $"Mission **#{mission.Number}**: wave 1 (cooptation) running; wave 2 on {When(plan.NextAt)}. To stop: `{Cmd} waves {mission.Number} stop`.",
        WaveStage.Pings => $"Mission **#{mission.Number}**: wave 2 (targeted pings) running; open call on {When(plan.NextAt)}. To stop: `{Cmd} waves {mission.Number} stop`.",
        WaveStage.OpenCall => $"Mission **#{mission.Number}**: all three waves are done, the open call is posted.",
        WaveStage.Finished => $"Mission **#{mission.Number}**: the waves ended (enough candidates, or the mission closed).",
        _ => $"Mission **#{mission.Number}**: the waves were stopped.",
    };

    public override string WavesNone(Mission mission) =>
        $"Mission **#{mission.Number}** has no waves (ask for them when creating it, with `| waves: auto`).";

    private string When(DateTime? at) => at is { } value ? $"{Date(value)} {value.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC" : "?";
}
