using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MissionBot.Commands;
using MissionBot.Commands.Reports;
using MissionBot.Reports;
using MissionBot.Texts;
using MissionBot.Texts.Reports;

namespace MissionBot.Hosting;

public static class ReportsSetup
{
    /// <summary>The yearly report and documentation ("/mission report").</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton(sp => ReportTexts.For(sp.GetRequiredService<IOptions<BotOptions>>().Value.Language, sp.GetRequiredService<BotTexts>().Cmd));
        // Until the targeted-calls and skills features register theirs: no pings, skills known from done missions.
        services.TryAddSingleton<IPingHistory, NoPingHistory>();
        services.TryAddSingleton<ISkillSupply, EvidenceSkillSupply>();
        services.AddSingleton<FileDelivery>();
        services.AddSingleton<ReportBuilder>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ISubcommand, ReportSubcommand>();
        return services;
    }
}
