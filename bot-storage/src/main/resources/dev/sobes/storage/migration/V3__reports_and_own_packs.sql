-- Sobes schema, version 3: what the desk keeps — reports people make about questions, and the
-- packs people and places send from chat.

-- A report about a question (or about the bot, when no question was named or open); a person's
-- reports go with the person.
-- Earlier versions created this table outside the migrations; it is kept as it is when present.
CREATE TABLE IF NOT EXISTS question_reports (
    id               ${id},
    reported_at      BIGINT NOT NULL, -- milliseconds since the epoch (UTC)
    person_key       TEXT   NOT NULL,
    conversation_key TEXT   NOT NULL,
    question_id      TEXT,
    comment          TEXT   NOT NULL
);
CREATE INDEX IF NOT EXISTS question_reports_by_time ON question_reports (reported_at);

-- A pack sent from chat, kept as the file that was sent so that it is read again with the reader
-- of the day. The owner is a person (person:<platform>:<user id>) or a place
-- (place:<platform>:<chat id>); a person's packs go with the person. Sending a pack with the same
-- id again replaces it. Every process reads this table, so a pack sent to one is seen by all: each
-- change writes a fresh mark to settings ('changed:own-packs') in the same transaction.
CREATE TABLE own_packs (
    owner_key TEXT   NOT NULL,
    pack_id   TEXT   NOT NULL,
    file_name TEXT   NOT NULL,
    media     TEXT   NOT NULL,
    content   ${blob} NOT NULL,
    kept_at   BIGINT NOT NULL, -- microseconds since the epoch (UTC)
    PRIMARY KEY (owner_key, pack_id)
);
