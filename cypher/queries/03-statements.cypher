// Title: Who said or announced what
// Answers: Every statement with its speaker, its kind (announcement, reported speech, direct
// quote, report), the quote verbatim where there is one, what it is about, and the sentences
// that carry it.
MATCH (speaker)-[:MADE_STATEMENT]->(statement:Statement)
OPTIONAL MATCH (statement)-[:ABOUT]->(topic)
OPTIONAL MATCH (statement)-[:STATED_IN]->(sentence:Sentence)
WITH speaker, statement, topic, sentence ORDER BY sentence.index
WITH speaker, statement, collect(DISTINCT topic.id) AS about, collect(DISTINCT sentence) AS sentences
RETURN statement.id AS statement,
       coalesce(speaker.nameEn, speaker.name) AS speaker,
       statement.kind AS kind,
       statement.cameoCode AS cameo,
       statement.quote AS quote,
       statement.summaryEn AS summary,
       about,
       [s IN sentences | s.index] AS sentenceIndexes,
       [s IN sentences | s.text] AS evidence
ORDER BY statement.id;
