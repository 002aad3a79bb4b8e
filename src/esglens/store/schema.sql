-- The esglens library store (DuckDB). Column meanings: docs/schema.md.
-- Every statement is idempotent: connect() runs this file on every read-write open.

CREATE TABLE IF NOT EXISTS store_meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS reports (
    report_id VARCHAR PRIMARY KEY,      -- first 16 hex digits of sha256
    sha256 VARCHAR NOT NULL,
    path VARCHAR,
    name VARCHAR,
    kind VARCHAR,                       -- text | pdf
    company VARCHAR,
    report_year INTEGER,
    encoding VARCHAR,
    page_count INTEGER,
    n_lines INTEGER,
    n_facts INTEGER,
    n_findings INTEGER,
    seconds DOUBLE,
    ingested_at TIMESTAMP,
    n_table_facts INTEGER,
    n_narrative_facts INTEGER,
    n_index_entries INTEGER,
    n_coverage INTEGER,
    warnings VARCHAR,                   -- JSON list of reader warnings
    esglens_version VARCHAR
);

CREATE TABLE IF NOT EXISTS lines (
    report_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,               -- 1-based position in the document (text and PDF alike)
    line INTEGER,                       -- 1-based file line (text input)
    page INTEGER,                       -- 1-based page (PDF input)
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS facts (
    report_id VARCHAR NOT NULL,
    fact_id INTEGER NOT NULL,
    metric VARCHAR,
    label VARCHAR,
    value DOUBLE,
    raw VARCHAR,
    unit VARCHAR,
    year INTEGER,
    line INTEGER,
    page INTEGER,
    source VARCHAR,                     -- table | narrative
    section VARCHAR,
    table_id VARCHAR,
    table_title VARCHAR,
    column_header VARCHAR,
    footnotes VARCHAR,                  -- JSON list
    qualifier VARCHAR,
    evidence VARCHAR,
    value_normalized DOUBLE,
    unit_normalized VARCHAR,
    norm_flag VARCHAR,
    metric_reason VARCHAR,
    fact_key VARCHAR,                   -- stable across re-ingest: report id : place : hash of label, column, raw
    boxes VARCHAR                       -- PDF: JSON {"value"|"label"|"header": [x0, top, x1, bottom]} in points
);

-- Libraries made before these columns: added once, at the end (the order CREATE TABLE above gives).
ALTER TABLE facts ADD COLUMN IF NOT EXISTS fact_key VARCHAR;
ALTER TABLE facts ADD COLUMN IF NOT EXISTS boxes VARCHAR;

-- An analyst's verdicts on facts, kept apart from the facts (re-ingest replaces facts, never reviews).
-- Append-only: the newest row of a fact_key is its review; 'reset' takes a review back.
CREATE TABLE IF NOT EXISTS reviews (
    review_id BIGINT NOT NULL,          -- increasing over the library
    fact_key VARCHAR NOT NULL,
    report_id VARCHAR NOT NULL,
    action VARCHAR NOT NULL,            -- accept | correct | reject | reset
    value DOUBLE,                       -- correct: the fields given (NULL: the extracted one stands)
    unit VARCHAR,
    year INTEGER,
    metric VARCHAR,
    label VARCHAR,
    value_normalized DOUBLE,            -- correct: the corrected figure in the metric's canonical unit
    unit_normalized VARCHAR,
    norm_flag VARCHAR,                  -- correct: why the corrected figure has no normalized value
    extracted VARCHAR,                  -- JSON: the fact as extracted when it was reviewed
    note VARCHAR,
    reviewer VARCHAR NOT NULL,
    reviewed_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS findings (
    report_id VARCHAR NOT NULL,
    finding_id INTEGER NOT NULL,
    kind VARCHAR,
    severity VARCHAR,
    message VARCHAR,
    lines VARCHAR,                      -- JSON list of ints
    pages VARCHAR,                      -- JSON list of ints
    "values" VARCHAR,                   -- JSON list
    metric VARCHAR,
    year INTEGER
);

CREATE TABLE IF NOT EXISTS index_entries (
    report_id VARCHAR NOT NULL,
    entry_id INTEGER NOT NULL,
    framework VARCHAR,
    code VARCHAR,
    title VARCHAR,
    where_text VARCHAR,
    line INTEGER,
    page INTEGER,
    status VARCHAR,
    pages_cited VARCHAR                 -- JSON list of ints
);

CREATE TABLE IF NOT EXISTS coverage (
    report_id VARCHAR NOT NULL,
    framework VARCHAR,
    code VARCHAR,
    label VARCHAR,
    kind VARCHAR,
    requirement VARCHAR,
    status VARCHAR,
    evidence VARCHAR,
    index_line INTEGER,
    extra VARCHAR                       -- JSON object: any other keys the frameworks stage gave
);

CREATE TABLE IF NOT EXISTS profiles (
    report_id VARCHAR NOT NULL,
    profile VARCHAR                     -- JSON object, as the profile stage built it
);

CREATE TABLE IF NOT EXISTS profile_items (
    report_id VARCHAR NOT NULL,
    section VARCHAR,
    key VARCHAR,
    value VARCHAR,
    line INTEGER,
    page INTEGER
);

-- Per metric: how many companies and facts give a value. Rebuilt after each ingest (store/maintain.py);
-- store_meta 'summary' says whether it is fresh ('stale' once a report is stored or deleted).
CREATE TABLE IF NOT EXISTS metric_summary (
    metric VARCHAR,
    companies BIGINT,
    facts BIGINT
);
