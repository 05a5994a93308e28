using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MissionBot.Hosting;

namespace MissionBot.Chat.Mattermost;

/// <summary>
/// Signs what the bot hands to Mattermost to get back later (a button's command, a dialog's state) so that a
/// forged request to the bot's public endpoints is recognised. The key is Http:ActionSecret, or, when that is
/// empty, a key derived from the bot token (stable across restarts, so old buttons keep working).
/// </summary>
public sealed class ActionSigner
{
    private readonly Lazy<byte[]> _key;

    public ActionSigner(IOptions<HttpOptions> http, IOptions<MattermostOptions> mattermost)
    {
        // Read on first use, after the options were validated.
        _key = new Lazy<byte[]>(() =>
        {
            var secret = http.Value.ActionSecret;
            return secret.Length > 0
                ? Encoding.UTF8.GetBytes(secret)
                : HMACSHA256.HashData(Encoding.UTF8.GetBytes(mattermost.Value.Token), "MissionBot action signing key v1"u8);
        });
    }

    /// <summary>The signature of <paramref name="payload"/> for one <paramref name="purpose"/> ("button", "dialog").</summary>
    public string Sign(string purpose, string payload) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(purpose + "\n" + payload)));

    /// <summary>Constant-time check of a signature that came back from outside.</summary>
    public bool IsValid(string purpose, string payload, string? signature) =>
        !string.IsNullOrEmpty(signature)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Sign(purpose, payload)), Encoding.UTF8.GetBytes(signature));
}
