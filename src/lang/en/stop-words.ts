// Stop words of story clustering (src/story/terms.ts): function words, reporting words and calendar words that
// every news article shares, so they carry no weight in the tf-idf vectors that group articles into stories.

/** Words left out of a story's term vector (lower case; contractions with a straight apostrophe). */
export const STORY_STOP_WORDS: readonly string[] = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her
here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
our out over own same she should so some such than that the their them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your said says say told
one two three new also year years time people including according last first would could may might percent per mr
mrs ms week day days month months since however there's it's he's she's they're we're don't can't won't`.split(/\s+/);
