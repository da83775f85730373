-- Sobes schema, version 1: the same tables on SQLite and PostgreSQL.
-- ${id} is the auto-numbered key column of each database; times are microseconds since the epoch (UTC).

-- A person on a platform, and their settings. Deleting the row deletes everything kept about them.
CREATE TABLE people (
    person_key  TEXT   NOT NULL PRIMARY KEY, -- platform:user id
    language    TEXT,                        -- interface language chosen (ru, en); null: the platform's
    created_at  BIGINT NOT NULL
);

-- The session of each conversation: where it stands, as JSON, and a version that every write raises.
CREATE TABLE sessions (
    conversation_key TEXT   NOT NULL PRIMARY KEY,
    owner_key        TEXT   REFERENCES people (person_key) ON DELETE CASCADE, -- a direct conversation's person
    version          BIGINT NOT NULL,
    state            TEXT   NOT NULL,
    updated_at       BIGINT NOT NULL,
    platform         TEXT,    -- the conversation, so a timer can reach it: platform, chat, thread, group
    chat_id          TEXT,
    thread_id        TEXT,
    is_group         BOOLEAN,
    wake_at          BIGINT   -- when the session next needs a tick (a deadline, a reminder); null: never
);
CREATE INDEX sessions_by_owner ON sessions (owner_key);
CREATE INDEX sessions_by_wake ON sessions (wake_at);

-- Every answer accepted, with the coverage found and the grade suggested (1 again .. 4 easy).
CREATE TABLE answers (
    id              ${id},
    person_key      TEXT     NOT NULL REFERENCES people (person_key) ON DELETE CASCADE,
    question_id     TEXT     NOT NULL,
    answered_at     BIGINT   NOT NULL,
    answer_text     TEXT     NOT NULL,
    covered_points  INTEGER  NOT NULL,
    total_points    INTEGER  NOT NULL,
    covered_mask    TEXT     NOT NULL,
    suggested_grade SMALLINT NOT NULL CHECK (suggested_grade BETWEEN 1 AND 4)
);
CREATE INDEX answers_by_person ON answers (person_key, answered_at, id);

-- Every grade given, in order: spaced repetition replays this history to schedule cards.
CREATE TABLE grades (
    id          ${id},
    person_key  TEXT     NOT NULL REFERENCES people (person_key) ON DELETE CASCADE,
    question_id TEXT     NOT NULL,
    graded_at   BIGINT   NOT NULL,
    grade       SMALLINT NOT NULL CHECK (grade BETWEEN 1 AND 4),
    chosen      BOOLEAN  NOT NULL -- false: the suggested grade, kept when the person moved on
);
CREATE INDEX grades_by_person ON grades (person_key, graded_at, id);
CREATE INDEX grades_by_question ON grades (person_key, question_id, graded_at, id);

-- The platform ids of the inputs applied, so a redelivered update is recognised and ignored.
CREATE TABLE inputs (
    conversation_key TEXT   NOT NULL,
    input_id         TEXT   NOT NULL,
    person_key       TEXT   REFERENCES people (person_key) ON DELETE CASCADE,
    seen_at          BIGINT NOT NULL,
    PRIMARY KEY (conversation_key, input_id)
);
CREATE INDEX inputs_by_time ON inputs (seen_at);

-- Settings of the installation, such as the secret that signs buttons.
CREATE TABLE settings (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
