package io.factdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's English models (Universal Dependencies, EWT), from their Maven Central packages: sentence
 * detection, tokenization and part-of-speech tagging. Loading them takes a while, so one instance serves every
 * caller; the thread-safe OpenNLP wrappers make it safe to share.
 */
final class LanguageModels {

    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String PARTS_OF_SPEECH = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    private LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech) {
        this.sentences = new ThreadSafeSentenceDetectorME(sentences);
        this.tokenizer = new ThreadSafeTokenizerME(tokens);
        this.tagger = new ThreadSafePOSTaggerME(partsOfSpeech, POSTagFormat.UD);
    }

    static LanguageModels load() {
        try (InputStream sentences = model(SENTENCES); InputStream tokens = model(TOKENS);
                InputStream partsOfSpeech = model(PARTS_OF_SPEECH)) {
            return new LanguageModels(new SentenceModel(sentences), splittingOnlyMixedTokens(new TokenizerModel(tokens)),
                    greedy(new POSModel(partsOfSpeech)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not load the OpenNLP models", ex);
        }
    }

    /**
     * The same tokenizer, told not to weigh a split inside a run of letters and digits ("artillery", "152mm"),
     * which it never makes: the model leaves this off, and weighing every character of every word was the most
     * of an article's extraction time (two thirds of the samples in a profile of the bench).
     */
    private static TokenizerModel splittingOnlyMixedTokens(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        return new TokenizerModel(model.getMaxentModel(), Map.of(), new TokenizerFactory(
                factory.getLanguageCode(), factory.getAbbreviationDictionary(), true, null));
    }

    /** The same tagger, keeping one sequence instead of the three of its default beam search. */
    private static POSModel greedy(POSModel model) {
        MaxentModel tags = model.getArtifact("pos.model");
        return new POSModel(model.getLanguage(), tags, 1, Map.of(), model.getFactory());
    }

    /** The sentences of one paragraph that starts at {@code offset} in the body, tokenized and tagged. */
    List<Sentence> sentences(String paragraph, int offset) {
        List<Sentence> found = new ArrayList<>();
        for (Span span : this.sentences.sentPosDetect(paragraph)) {
            Span trimmed = span.trim(paragraph);
            String text = trimmed.getCoveredText(paragraph).toString();
            found.add(new Sentence(offset + trimmed.getStart(), offset + trimmed.getEnd(), text,
                    tokens(text, offset + trimmed.getStart())));
        }
        return found;
    }

    List<Token> tokens(String text, int offset) {
        Span[] spans = this.tokenizer.tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = this.tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], offset + spans[i].getStart(), offset + spans[i].getEnd(), tags[i]));
        }
        return tokens;
    }

    private static InputStream model(String resource) throws IOException {
        InputStream in = LanguageModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }
}
