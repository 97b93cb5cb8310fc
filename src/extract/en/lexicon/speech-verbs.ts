/** Verbs that report speech: `X said`, `said X`, `X told reporters that`. */
export const SPEECH_VERB =
  /\b(?:said|says|told (?:reporters|journalists|the press|the media|a news conference|parliament|[A-Z]\w+)|added|stated|noted|announced|explained|stressed|emphasi[sz]ed|underlined|remarked|affirmed|confirmed|declared|reiterated|observed|urged|insisted|highlighted|indicated|revealed|pointed out|wrote)\b/gu;
