"""Reading report files into documents: decoding, parsing, language detection, bundled folders."""
