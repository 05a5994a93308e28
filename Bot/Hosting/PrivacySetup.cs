using Microsoft.Extensions.Options;
using MissionBot.Commands;
using MissionBot.Commands.Privacy;
using MissionBot.Decisions;
using MissionBot.FollowUp;
using MissionBot.Jury;
using MissionBot.Privacy;
using MissionBot.Storage;
using MissionBot.Texts;
using MissionBot.Texts.Privacy;

namespace MissionBot.Hosting;

public static class PrivacySetup
{
    /// <summary>
    /// "/mission my-data" and "/mission forget-me", with the personal data sources of the core and of the decision
    /// features. Other features add theirs with AddSingleton&lt;IPersonalDataSource, ...&gt;.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton(sp => PrivacyTexts.For(sp.GetRequiredService<IOptions<BotOptions>>().Value.Language, sp.GetRequiredService<BotTexts>().Cmd));
        services.AddSingleton<PersonalDataStore>();
        services.AddSingleton<DatabaseMaintenance>();
        services.AddSingleton<PrivacyService>();
        services.AddSingleton<IPersonalDataSource, PersonPersonalData>();
        services.AddSingleton<IPersonalDataSource, CandidacyPersonalData>();
        services.AddSingleton<IPersonalDataSource, MissionPersonalData>();
        services.AddSingleton<IPersonalDataSource, DecisionPersonalData>();
        services.AddSingleton<IPersonalDataSource, FollowUpPersonalData>();
        services.AddSingleton<IPersonalDataSource, JuryPersonalData>();
        services.AddSingleton<IPersonalDataSource, OutboxPersonalData>();
        services.AddSingleton<ISubcommand, MyDataSubcommand>();
        services.AddSingleton<ISubcommand, ForgetMeSubcommand>();
        return services;
    }
}
