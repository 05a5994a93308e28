using MissionBot.Chat;
using MissionBot.Missions;

namespace MissionBot.Commands;

/// <summary>Who typed a command, where, and how (typed or clicked: candidacies record their source).</summary>
public sealed record CommandContext(ChatUser User, string ChannelId, CandidacySource Source);
