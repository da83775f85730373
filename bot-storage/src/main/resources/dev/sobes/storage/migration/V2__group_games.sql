-- Sobes schema, version 2: what group interviews keep beyond the session of their conversation.
-- The same tables on SQLite and PostgreSQL; times are microseconds since the epoch (UTC). A board is
-- a group chat or server (platform:chat id), whose leaderboard its games count for.
-- Every column that names a person ends in person_key and goes with the person (ON DELETE CASCADE).

-- Where each person last joined a game or began to interview: a hint for sending their private
-- messages there. The game's session decides whether they still play in it.
CREATE TABLE group_playing (
    person_key       TEXT    NOT NULL PRIMARY KEY REFERENCES people (person_key) ON DELETE CASCADE,
    conversation_key TEXT    NOT NULL,
    platform         TEXT    NOT NULL,
    chat_id          TEXT    NOT NULL,
    thread_id        TEXT,
    is_group         BOOLEAN NOT NULL
);

-- Finished group interviews; recording one again with its board and id replaces it.
CREATE TABLE group_games (
    board            TEXT   NOT NULL,
    game_id          TEXT   NOT NULL,
    conversation_key TEXT   NOT NULL, -- where it was played
    started_at       BIGINT NOT NULL,
    finished_at      BIGINT NOT NULL, -- leaderboard periods are measured by it
    pack_id          TEXT   NOT NULL,
    question_ids     TEXT   NOT NULL, -- JSON array, in the order asked
    PRIMARY KEY (board, game_id)
);
CREATE INDEX group_games_by_time ON group_games (board, finished_at);

-- Each participant's result in a finished game.
CREATE TABLE group_game_players (
    board       TEXT    NOT NULL,
    game_id     TEXT    NOT NULL,
    person_key  TEXT    NOT NULL REFERENCES people (person_key) ON DELETE CASCADE,
    seat        INTEGER NOT NULL, -- the place in the game's list of players, best first
    name        TEXT    NOT NULL, -- the name they played under
    place       INTEGER NOT NULL, -- their rank: 1 for the best
    points      INTEGER NOT NULL,
    answers     TEXT    NOT NULL, -- JSON array: each question's key points covered, points, answered
    PRIMARY KEY (board, game_id, person_key),
    FOREIGN KEY (board, game_id) REFERENCES group_games (board, game_id) ON DELETE CASCADE
);
CREATE INDEX group_game_players_by_person ON group_game_players (person_key);

-- Interviews of one member by another, as the interviewer marked them.
CREATE TABLE group_interviews (
    board                  TEXT   NOT NULL,
    interview_id           TEXT   NOT NULL,
    interviewer_person_key TEXT   NOT NULL REFERENCES people (person_key) ON DELETE CASCADE,
    interviewer_name       TEXT   NOT NULL,
    candidate_person_key   TEXT   NOT NULL REFERENCES people (person_key) ON DELETE CASCADE,
    candidate_name         TEXT   NOT NULL,
    held_at                BIGINT NOT NULL,
    question_ids           TEXT   NOT NULL, -- JSON array, in the order asked
    covered                TEXT   NOT NULL, -- JSON array: for each question, the key points ticked
    PRIMARY KEY (board, interview_id)
);
CREATE INDEX group_interviews_by_interviewer ON group_interviews (interviewer_person_key, candidate_person_key);
CREATE INDEX group_interviews_by_candidate ON group_interviews (candidate_person_key, interviewer_person_key);
