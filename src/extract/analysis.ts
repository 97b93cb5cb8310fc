import type { NamedKind } from '../graph/model';
import type { SentenceSpan } from '../ingest/sentences';
import type { Token } from './text/tokenize';

/**
 * What a language's rules find in an article, before it becomes a draft extraction. Kinyarwanda
 * (src/extract/rw) and English (src/extract/en) each produce one; src/extract/draft turns either
 * into the same extraction.yaml. Offsets are code points, end exclusive, as everywhere.
 */

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** How something was found: the rule that fired and how far to trust it (0 to 1). */
export interface Finding {
  rule: string;
  confidence: number;
}

/** The kinds of named thing a text can mention (the registry's named kinds). */
export type NameKind = NamedKind;

/** A name in the text. Several mentions of one thing share a `key`. */
export interface NameMention extends TextSpan, Finding {
  kind: NameKind;
  /**
   * What the mention names: a gazetteer id (`country:rwanda`) when the gazetteer knows it,
   * otherwise a key made from the name (`person:murat-nurtleu`); mentions with one key are one
   * thing. Linking to the graph happens later.
   */
  key: string;
  /** Canonical name in the article's language (without particles such as `u`, `muri`). */
  name: string;
  nameEn?: string;
  /** ministry, embassy, city, technology_park… (the extraction format's kinds). */
  subKind?: string;
  /** For an embassy or ministry: the key of the country it belongs to, when the text says. */
  countryKey?: string;
}

/** A title introducing a person: `Minisitiri w’Ububanyi n’Amahanga wa Kazakhstan, Murat Nurtleu`. */
export interface TitleMention extends TextSpan, Finding {
  /** Gazetteer title id (`title:minister-of-foreign-affairs`). */
  titleId: string;
  /** The title as written, without the country part. */
  title: string;
  titleEn: string;
  /** Key of the person it introduces, when the text ties them (title + name, apposition). */
  holderKey?: string;
  /** Key of the country the text ties the title to (`wa Kazakhstan`, `w’u Rwanda`), if any. */
  countryKey?: string;
  /** The words that tie it to that country. */
  countrySpan?: TextSpan;
}

export interface DateMention extends TextSpan, Finding {
  /** ISO 8601 at the stated precision: 2025, 2024-12, 2025-05-26, or an interval a/b. */
  value: string;
  precision: 'day' | 'month' | 'year';
  /** False when the text gives no year and it was inferred (see `inference`). */
  yearStated: boolean;
  inference?: string;
}

export type ParticipantRole = 'visitor' | 'host' | 'participant' | 'party' | 'speaker' | 'source';

export type DraftEventKind =
  | 'visit'
  | 'state_visit'
  | 'working_visit'
  | 'meeting'
  | 'ministerial_meeting'
  | 'bilateral_talks'
  | 'phone_call'
  | 'agreement_signing'
  | 'credentials_presentation'
  | 'joint_statement'
  | 'international_conference'
  | 'diplomatic_relations_established';

export type DraftEventStatus = 'planned' | 'occurred' | 'ongoing' | 'postponed' | 'cancelled';

/** An event found from its cue words. */
export interface EventFinding extends Finding {
  kind: DraftEventKind;
  /** The cue words (`uruzinduko`, `yahuye na`, `held talks`). */
  cue: TextSpan;
  /** 1-based index of the sentence holding the cue. */
  sentence: number;
  /**
   * Status from tense and aspect, with the words that mark it; absent when nothing marks it.
   * `confidence` is the status rule's own (a listed word is surer than a morphological pattern);
   * when absent, the event's confidence stands for it.
   */
  status?: { value: DraftEventStatus; words: TextSpan; rule: string; confidence?: number };
  participants: { key: string; role: ParticipantRole; evidence: TextSpan }[];
  /** Keys of places or countries where it happens, with the words (`i Astana`, `in Kigali`). */
  places: { key: string; evidence: TextSpan }[];
  /** Keys of sectors or topics discussed, with the words. */
  topics: { key: string; evidence: TextSpan }[];
  time?: DateMention;
}

/** Something said: a direct quote (`Ati “…”`, `“…,” said X`) or reported speech. */
export interface StatementFinding extends Finding {
  kind: 'direct_quote' | 'reported_speech' | 'announcement';
  speakerKey: string;
  /** The sentence(s) or clause stating it. */
  evidence: TextSpan;
  /** The quoted words, without the quotation marks, for direct quotes. */
  quote?: TextSpan;
  sentence: number;
}

export interface Analysis {
  language: 'rw' | 'en';
  sentences: SentenceSpan[];
  tokens: Token[];
  names: NameMention[];
  titles: TitleMention[];
  dates: DateMention[];
  events: EventFinding[];
  statements: StatementFinding[];
}
