# MissionBot: build with the SDK, run the self-contained, trimmed build on the small runtime-deps image.
#   docker build -t missionbot .
#   docker run -d --name missionbot -v missionbot-data:/data -p 8080:8080 \
#     -e MISSIONBOT_Mattermost__Url=https://chat.example.org -e MISSIONBOT_Mattermost__Token=... missionbot

# The SDK runs on the build machine's platform and compiles for the image's (TARGETARCH, set by BuildKit: amd64 or
# arm64; amd64 when unset).
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
# Restore first, from the project files only, so that code changes do not invalidate the package layer.
# "-a" sets the runtime identifier: Bot.csproj then builds self-contained and trimmed (its comments say why).
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY Bot/Bot.csproj Bot/
RUN dotnet restore Bot/Bot.csproj -a "${TARGETARCH:-amd64}"
COPY Bot/ Bot/
# Bot.csproj copies ../config into the output, so the configuration travels with the binary.
COPY config/ config/
RUN dotnet publish Bot/Bot.csproj -c Release -a "${TARGETARCH:-amd64}" --no-restore -o /app
# The data folder is made here and copied: a RUN in the final stage would run the target platform's shell
# (emulated when building arm64 on amd64).
RUN mkdir -p /data

# The runtime travels in /app: this image only brings what it needs from the system (ICU for French dates and
# sorting, OpenSSL, time zones, certificates).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
COPY --from=build /app ./
# The LiteDB file lives in a volume owned by the image's non-root "app" user ($APP_UID).
COPY --from=build --chown=app:app /data /data
VOLUME /data
ENV MISSIONBOT_Storage__Path=/data/missionbot.db \
    MISSIONBOT_Http__Url=http://0.0.0.0:8080
EXPOSE 8080
USER $APP_UID
# No HEALTHCHECK: the image has neither curl nor wget. Probe GET /health on port 8080 from the
# orchestrator instead (200 when the bot is connected to its chat server, 503 otherwise).
ENTRYPOINT ["./MissionBot"]
