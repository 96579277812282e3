package org.tresse.core.poll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tresse.core.engine.UserError;

/** Reads grades written {@code A=bien B=très bien 3=passable} (or separated by commas). */
final class JudgmentReader {
    private JudgmentReader() {}

    static Answer.Grades read(AnswerParser parser, String whole) {
        Poll poll = parser.poll();
        Grade[] grades = new Grade[poll.options().size()];
        List<String> words = new ArrayList<>(Arrays.asList(whole.replace(",", " ").replace(";", " ").strip().split("\\s+")));
        List<String> label = new ArrayList<>();
        int index = 0;
        boolean any = false;
        while (index < words.size()) {
            String word = words.get(index++);
            int equals = word.indexOf('=');
            if (equals < 0) {
                label.add(word);
                continue;
            }
            label.add(word.substring(0, equals));
            String optionText = String.join(" ", label).strip();
            label.clear();
            String gradeText = word.substring(equals + 1);
            if (gradeText.isEmpty() && index < words.size()) {
                gradeText = words.get(index++);
            }
            if (index < words.size() && Grade.startsTwoWordGrade(gradeText) && !words.get(index).contains("=")
                    && Grade.parse(gradeText + " " + words.get(index)).isPresent()) {
                gradeText = gradeText + " " + words.get(index++);
            }
            if (optionText.isEmpty()) {
                throw new UserError("vote.jugement.format", poll.key());
            }
            int option = parser.option(optionText);
            String writtenGrade = gradeText;
            Grade grade = Grade.parse(gradeText).orElseThrow(() -> new UserError("vote.note.inconnue", writtenGrade));
            if (grades[option] != null) {
                throw new UserError("vote.option.deux.fois", poll.options().get(option));
            }
            grades[option] = grade;
            any = true;
        }
        if (!label.isEmpty() || !any) {
            throw new UserError("vote.jugement.format", poll.key());
        }
        return new Answer.Grades(Arrays.asList(grades));
    }
}
