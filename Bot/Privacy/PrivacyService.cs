using System.Text.Json;
using System.Text.Json.Serialization;
using MissionBot.Chat;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.People;
using MissionBot.Reports;
using MissionBot.Storage;
using MissionBot.Texts.Privacy;

namespace MissionBot.Privacy;

/// <summary>
/// "/mission my-data" sends a person everything stored about them (one JSON file, one section per feature);
/// "/mission forget-me" erases it, keeps missions' counts anonymous, and rebuilds the database file so that
/// nothing of them remains in it.
/// </summary>
public sealed class PrivacyService(
    IEnumerable<IPersonalDataSource> sources,
    PersonalDataStore store,
    MissionRepository missions,
    Announcements announcements,
    DatabaseMaintenance maintenance,
    FileDelivery files,
    PrivacyTexts texts,
    TimeProvider clock,
    ILogger<PrivacyService> logger) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    public byte[] Export(ChatUser person)
    {
        var subject = new PersonalDataSubject(person.Id, person.Username, "");
        var export = new Dictionary<string, object?>
        {
            ["exportedAt"] = clock.GetUtcNow().UtcDateTime,
            ["id"] = person.Id,
            ["username"] = person.Username,
        };
        foreach (var source in sources)
        {
            export[source.Name] = source.Export(subject);
        }
        return ReflectionJson.SerializeToUtf8Bytes(export, Json);
    }

    public async Task<CommandReply> SendExportAsync(ChatUser person, CancellationToken cancellationToken)
    {
        var file = new ChatFile(texts.ExportFileName, "application/json", Export(person));
        var key = $"my-data:{person.Id}:{clock.GetUtcNow().UtcDateTime.Ticks}";
        var sent = await files.SendAsync(person.Id, texts.ExportCaption(), file, key, texts.TooBigForAMessage(), cancellationToken);
        logger.LogInformation("Personal data export for {Person}: {Bytes} bytes, sent {Sent}", person.Username, file.Content.Length, sent);
        return sent ? CommandReply.Private(texts.ExportOnItsWay()) : CommandReply.Error(texts.ExportNotSent());
    }

    public async Task<CommandReply> ForgetAsync(ChatUser person, bool confirmed, CancellationToken cancellationToken)
    {
        var open = store.MissionsOwned(person.Id).Where(m => m.IsOpen).ToList();
        if (open.Count > 0)
        {
            return CommandReply.Error(texts.CloseYourMissionsFirst(open));
        }
        if (!confirmed)
        {
            return CommandReply.Private(texts.ConfirmForget());
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var waitingOn = store.Candidacies(person.Id).Where(c => c.Status == CandidacyStatus.Active).Select(c => c.MissionNumber).ToList();
            var subject = new PersonalDataSubject(person.Id, person.Username, ForgottenPerson.NewId());
            var touched = sources.Sum(source => source.Erase(subject));
            maintenance.Compact();
            // Their name is never logged: the log would keep what the database forgot.
            logger.LogInformation("A person asked to be forgotten: {Records} records erased or anonymised", touched);
            foreach (var mission in waitingOn.Select(missions.Find).OfType<Mission>())
            {
                await RefreshAsync(mission, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
        return CommandReply.Private(texts.Forgotten());
    }

    public void Dispose() => _gate.Dispose();

    private async Task RefreshAsync(Mission mission, CancellationToken cancellationToken)
    {
        try
        {
            await announcements.RefreshAsync(mission, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not refresh the announcement of mission {MissionNumber}", mission.Number);
        }
    }
}
