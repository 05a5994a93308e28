using MissionBot.Cooptation;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Waves;

namespace MissionBot.Texts.Interpellation;

/// <summary>
/// What the bot says about skills, targeted pings, cooptation and waves, in one language.
/// User text passed in is raw: implementations make it safe with <see cref="SafeText"/>.
/// </summary>
public abstract class InterpellationTexts
{
    protected InterpellationTexts(string command) => Cmd = command;

    /// <summary>How people type the bot's command: "/mission" or "!mission".</summary>
    public string Cmd { get; }

    public static InterpellationTexts For(string? language, string command = "/mission") =>
        string.Equals((language ?? "").Trim(), "en", StringComparison.OrdinalIgnoreCase)
            ? new EnglishInterpellationTexts(command)
            : new FrenchInterpellationTexts(command);

    // Help and syntax
    public abstract string HelpLine(string subcommand);
    public abstract string Usage(string subcommand);

    // Skills and preferences
    public abstract string Skills(IReadOnlyList<string> labels);
    public abstract string SkillsAdded(IReadOnlyList<string> added, IReadOnlyList<string> all);
    public abstract string SkillsAlreadyThere(IReadOnlyList<string> all);
    public abstract string SkillsFull(int max);
    public abstract string SkillsRemoved(IReadOnlyList<string> removed, IReadOnlyList<string> all);
    public abstract string SkillsNotFound(IReadOnlyList<string> typed, IReadOnlyList<string> all);
    public abstract string SkillsMissing(string usage);
    public abstract string SkillTooLong(string skill, int max);
    public abstract string SkillsBadAction(string word, string usage);
    public abstract string Place(string place);
    public abstract string PlaceSet(string place);
    public abstract string PlaceCleared();
    public abstract string PlaceTooLong(int max);
    public abstract string Paused(DateTime until);
    public abstract string Resumed();
    public abstract string Stopped();
    public abstract string LimitSet(int perWeek);
    public abstract string BadDuration(string typed, string usage);
    public abstract string BadLimit(string typed, string usage);
    public abstract string Me(MemberOverview overview);

    // Reverse search
    public abstract string WhoResults(string skill, string place, IReadOnlyList<WhoEntry> shown, int total);
    public abstract string WhoNobody(string skill, string place);
    public abstract string WhoRefused();
    public abstract string WhoMissingSkill(string usage);

    // Acting on a mission
    public abstract string NotYourMission(Mission mission);
    public abstract string BadCount(string typed, int max, string usage);

    // Targeted pings
    public abstract string PingInvitation(Mission mission, RankedMember why);
    public abstract string PingSummary(PingReport report);

    // Answers in DM
    public abstract string AnswerNo(Mission mission);
    public abstract string AnswerNotNow(DateTime until);
    public abstract string AnswerStop();
    public abstract string WhichQuestion(IReadOnlyList<QuestionLine> open, bool names);
    public abstract string NoQuestionForMission(int number, IReadOnlyList<QuestionLine> open);
    public abstract string AnswerNotUnderstood(IReadOnlyList<QuestionLine> open);
    public abstract string TrustQuestionWantsNames(Mission mission);
    public abstract string InvitationWantsYesNo(Mission mission);

    // Cooptation
    public abstract string TrustQuestion(Mission mission);
    public abstract string CooptSummary(CooptReport report);
    public abstract string CooptNobodyTrusted(Mission mission);
    public abstract string CooptTooManyNames(int max, string usage);
    public abstract string NomineeInvitation(Mission mission, string? nominator);
    public abstract string NominationsNoted(IReadOnlyList<string> nominees, IReadOnlyList<string> unknown, bool anonymous);
    public abstract string UnknownNamesOnly(IReadOnlyList<string> unknown);
    public abstract string NobodyNoted();
    public abstract string AnonymousNoted();
    public abstract string SelfNomination(Mission mission);
    public abstract string NominatorOutcome(Mission mission, string nominee, bool accepted);
    public abstract string OwnerNominations(Mission mission, string nominator, IReadOnlyList<string> nominees);
    public abstract string OwnerNobodyRecommended(Mission mission, string nominator);
    public abstract string OwnerRecommendedBy(Mission mission, string candidate, IReadOnlyList<string> nominators);

    // Waves
    public abstract string WaveCooptation(CooptReport report, DateTime nextAt);
    public abstract string WaveCooptationNobody(Mission mission);
    public abstract string WavePings(PingReport report, DateTime nextAt);
    public abstract string WavePingsNobody(Mission mission);
    public abstract string WaveOpenCall(Mission mission);
    public abstract string WaveOpenCallFailed(Mission mission);
    public abstract string WavesEnough(Mission mission, int candidates);
    public abstract string WavesStopped(Mission mission);
    public abstract string WavesStatus(Mission mission, WavePlan plan);
    public abstract string WavesNone(Mission mission);

    /// <summary>"15/12/2026" in French, "2026-12-15" in English.</summary>
    public abstract string Date(DateTime date);
}
