-- Instant search over people and companies. The row id is the party id; `tokens` holds the folded
-- words (src-shared/domain/persian-text.ts searchTokens) written by modules/parties on every save,
-- because FTS5's tokenizer cannot fold ی/ي, ک/ك, digit sets or ZWNJ itself.
CREATE VIRTUAL TABLE `party_search` USING fts5(`tokens`, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
