using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MissionBot.Commands;
using MissionBot.Commands.Decisions;
using MissionBot.Commands.FollowUp;
using MissionBot.Commands.Jury;
using MissionBot.Conversations;
using MissionBot.Decisions;
using MissionBot.FollowUp;
using MissionBot.Jury;
using MissionBot.Missions;
using MissionBot.Storage;
using MissionBot.Texts;
using MissionBot.Texts.Decisions;
using MissionBot.Texts.FollowUp;
using MissionBot.Texts.Jury;

namespace MissionBot.Hosting;

public static class DecisionsSetup
{
    /// <summary>
    /// Deciding missions (selection, closing, reasons, responsiveness, reminders), the jury, and what follows a
    /// mission (feedback, evidence, contributions). The subcommands are registered in the order of the help.
    /// </summary>
    public static IServiceCollection AddDecisions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DecisionsOptions>().Bind(configuration.GetSection(DecisionsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DecisionsOptions>, DecisionsOptionsValidator>();
        services.AddSingleton(sp => DecisionTexts.For(sp.GetRequiredService<IOptions<BotOptions>>().Value.Language, sp.GetRequiredService<BotTexts>().Cmd));
        services.AddSingleton(sp => FollowUpTexts.For(sp.GetRequiredService<IOptions<BotOptions>>().Value.Language, sp.GetRequiredService<BotTexts>().Cmd));
        services.AddSingleton(sp => JuryTexts.For(sp.GetRequiredService<IOptions<BotOptions>>().Value.Language, sp.GetRequiredService<BotTexts>().Cmd));

        services.AddSingleton<MissionHistory>();
        services.AddSingleton<DecisionStore>();
        services.AddSingleton<PendingDecisionRepository>();
        services.AddSingleton<AnswerReminderRepository>();
        services.AddSingleton<FeedbackRepository>();
        services.AddSingleton<ContributionRepository>();
        services.AddSingleton<EvidenceRepository>();
        services.AddSingleton<JuryRepository>();

        services.AddSingleton<MissionAccess>();
        services.AddSingleton<RefusalReasonGrid>();
        services.AddSingleton<DecisionService>();
        services.AddSingleton<DecisionReplies>();
        services.AddSingleton<ResponsivenessService>();
        services.AddSingleton<AnswerReminders>();
        services.AddSingleton<CompletionService>();
        services.AddSingleton<FeedbackService>();
        services.AddSingleton<ContributionService>();
        services.AddSingleton<DoneReplies>();

        // Until the cooptation feature registers its own lookup, nobody is known to have recommended anyone.
        services.TryAddSingleton<ICooptationLookup, NoCooptationLookup>();
        services.AddSingleton<JuryService>();
        services.AddSingleton<ICandidacyListener>(sp => sp.GetRequiredService<JuryService>());
        services.AddSingleton<IMissionDeciders>(sp => sp.GetRequiredService<JuryService>());
        services.AddSingleton<IRefusalDetail, JuryRefusalDetail>();

        services.AddSingleton<IAnnouncementLine, ContributionAnnouncementLine>();
        services.AddSingleton<IAnnouncementLine, ResponsivenessAnnouncementLine>();
        services.AddSingleton<IMissionDoneListener, EvidenceRecorder>();
        services.AddSingleton<IDirectMessageResponder, DecisionAnswerResponder>();
        services.AddSingleton<IDirectMessageResponder, FeedbackResponder>();

        services.AddSingleton<DecisionScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DecisionScheduler>());

        services.AddSingleton<ISubcommand, SelectSubcommand>();
        services.AddSingleton<ISubcommand, CloseSubcommand>();
        services.AddSingleton<ISubcommand, CancelSubcommand>();
        services.AddSingleton<ISubcommand, DoneSubcommand>();
        services.AddSingleton<ISubcommand, JurySubcommand>();
        services.AddSingleton<ISubcommand, AnonymousSubcommand>();
        services.AddSingleton<ISubcommand, ScoreSubcommand>();
        services.AddSingleton<ISubcommand, ResultsSubcommand>();
        services.AddSingleton<ISubcommand, FeedbackSubcommand>();
        services.AddSingleton<ISubcommand, ContributionSubcommand>();
        services.AddReports();
        services.AddPrivacy();
        return services;
    }
}
