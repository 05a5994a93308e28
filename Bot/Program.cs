using MissionBot.Hosting;

return await BotApplication.RunAsync(args);
