namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>
/// A noun phrase a finding can be about ("medborgardialog", "brukarundersökningar"), in its
/// indefinite form without article, with its agreement class and an abbreviation reports print
/// after it in parentheses ("Ledarutvecklingsprogram (LUP)").
/// </summary>
public sealed record Term(string Text, Gender Gender, string? Abbreviation = null);
