# MissionBot: build with the SDK, run on the smaller ASP.NET runtime image.
#   docker build -t missionbot .
#   docker run -d --name missionbot -v missionbot-data:/data -p 8080:8080 \
#     -e MISSIONBOT_Mattermost__Url=https://chat.example.org -e MISSIONBOT_Mattermost__Token=... missionbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so that code changes do not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY Bot/Bot.csproj Bot/
RUN dotnet restore Bot/Bot.csproj
COPY Bot/ Bot/
# Bot.csproj copies ../config into the output, so the configuration travels with the binary.
COPY config/ config/
RUN dotnet publish Bot/Bot.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The LiteDB file lives in a volume owned by the image's non-root "app" user ($APP_UID).
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
ENV MISSIONBOT_Storage__Path=/data/missionbot.db \
    MISSIONBOT_Http__Url=http://0.0.0.0:8080
EXPOSE 8080
USER $APP_UID
# No HEALTHCHECK: the aspnet image has neither curl nor wget. Probe GET /health on port 8080 from the
# orchestrator instead (200 when the bot is connected to its chat server, 503 otherwise).
ENTRYPOINT ["dotnet", "MissionBot.dll"]
