namespace MissionBot.Hosting;

/// <summary>How missions are decided and followed up (section "Decisions").</summary>
public sealed class DecisionsOptions
{
    public const string Section = "Decisions";

    /// <summary>The grid of reasons a candidate who is not selected is told. Empty: the built-in grid.</summary>
    public List<RefusalReasonOption> RefusalReasons { get; set; } = [];

    /// <summary>Key of the reason sent to every unanswered candidate when a mission is closed without one.</summary>
    public string DefaultReason { get; set; } = "close";

    /// <summary>Key of the reason sent when a mission is cancelled without one.</summary>
    public string CancelReason { get; set; } = "annulee";

    /// <summary>Days a candidacy may wait for an answer before the owner is reminded.</summary>
    public int ReminderAfterDays { get; set; } = 7;

    /// <summary>Least number of days between two reminders about the same mission.</summary>
    public int ReminderEveryDays { get; set; } = 3;

    /// <summary>Months of history behind an owner's responsiveness.</summary>
    public int ResponsivenessMonths { get; set; } = 12;

    /// <summary>The jury's grid when the command gives none: "criterion weight, ...".</summary>
    public string JuryGrid { get; set; } = "prix 40, méthode 30, expérience 30";

    /// <summary>Minutes between two looks at due work (reminders, due dates).</summary>
    public int CheckEveryMinutes { get; set; } = 60;
}
