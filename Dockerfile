# syntax=docker/dockerfile:1
# Build: a static binary (no cgo: the SQLite driver is pure Go).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/bot ./cmd/bot \
 && /out/bot validate --kb knowledge.yaml \
 && mkdir -p /out/data

# Run: distroless, non-root, no shell. The knowledge file sits beside the
# binary and is also built into it.
FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /app
COPY --from=build /out/bot /app/bot
COPY --from=build /src/knowledge.yaml /app/knowledge.yaml
# The data directory exists in the image, owned by the non-root user, so a
# named volume mounted on it starts writable (Docker would otherwise create
# it root-owned and the question log could not be opened).
COPY --from=build --chown=nonroot:nonroot /out/data /data
ENV BOT_KNOWLEDGE=/app/knowledge.yaml \
    BOT_ADDR=:8080 \
    BOT_DATA_DIR=/data \
    BOT_LOG_FORMAT=json
USER nonroot:nonroot
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 CMD ["/app/bot", "healthcheck"]
ENTRYPOINT ["/app/bot"]
CMD ["serve"]
