using Microsoft.Extensions.Options;
using MissionBot.Commands;
using MissionBot.Commands.Interpellation;
using MissionBot.Conversations;
using MissionBot.Cooptation;
using MissionBot.FollowUp;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.People.Skills;
using MissionBot.Privacy;
using MissionBot.Reports;
using MissionBot.Storage;
using MissionBot.Texts;
using MissionBot.Texts.Interpellation;
using MissionBot.Waves;

namespace MissionBot.Hosting;

public static class InterpellationSetup
{
    /// <summary>Skills and preferences, reverse search, targeted pings, cooptation and waves.</summary>
    public static IServiceCollection AddInterpellation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InterpellationOptions>().Bind(configuration.GetSection(InterpellationOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InterpellationOptions>, InterpellationOptionsValidator>();
        services.AddSingleton(sp => SkillCatalog.Load(sp.GetRequiredService<IOptions<InterpellationOptions>>().Value.ResolveSynonymsPath()));
        services.AddSingleton(sp =>
        {
            var core = sp.GetRequiredService<BotTexts>();
            return InterpellationTexts.For(core.LanguageCode, core.Cmd);
        });

        services.AddSingleton<ProfileRepository>();
        services.AddSingleton<PingRepository>();
        services.AddSingleton<QuestionRepository>();
        services.AddSingleton<CooptationRepository>();
        services.AddSingleton<WavePlanRepository>();

        services.AddSingleton<InterpellationIndex>();
        services.AddSingleton<ProfileService>();
        services.AddSingleton<PersonDirectory>();
        services.AddSingleton<MissionGuard>();
        services.AddSingleton<PingService>();
        services.AddSingleton<CooptationService>();
        services.AddSingleton<InvitationAnswers>();
        services.AddSingleton<IDirectMessageResponder, InterpellationResponder>();

        // What the decisions, reports and privacy features ask of targeted calls.
        services.AddSingleton<IPingHistory, PingHistory>();
        services.AddSingleton<ISkillSupply, DeclaredSkillSupply>();
        services.AddSingleton<IMissionDoneListener, MissionDoneRecorder>();
        services.AddSingleton<IPersonalDataSource, InterpellationPersonalData>();
        services.AddSingleton<MissionBot.Jury.ICooptationLookup, CooptationLookup>();

        services.AddSingleton<WaveScheduler>();
        services.AddSingleton<IMissionCreatedListener>(sp => sp.GetRequiredService<WaveScheduler>());
        services.AddHostedService<WaveBackgroundService>();

        // In the order of the help.
        services.AddSingleton<ISubcommand, SkillsSubcommand>();
        services.AddSingleton<ISubcommand, PlaceSubcommand>();
        services.AddSingleton<ISubcommand, MeSubcommand>();
        services.AddSingleton<ISubcommand, PauseSubcommand>();
        services.AddSingleton<ISubcommand, ResumeSubcommand>();
        services.AddSingleton<ISubcommand, LimitSubcommand>();
        services.AddSingleton<ISubcommand, StopSubcommand>();
        services.AddSingleton<ISubcommand, WhoSubcommand>();
        services.AddSingleton<ISubcommand, PingSubcommand>();
        services.AddSingleton<ISubcommand, CooptSubcommand>();
        services.AddSingleton<ISubcommand, WavesSubcommand>();
        return services;
    }
}
