import type { MultipleChoiceQuestion, RankingQuestion, SingleChoiceQuestion } from "../schema/survey.js";
import { choiceIds } from "./answers.js";
import { noneOptionId, otherOptionId } from "./vocabulary.js";

/**
 * The order to show a question's options in: as written, or shuffled (Fisher-Yates with `random`)
 * when the question asks for a random order, "other" and "none" staying last. The widget stores the
 * shuffled order with the response (`optionOrder`), so an analyst can check for order effects.
 *
 * @example
 * shownOptionOrder(question, Math.random) // ["drogi", "transport", "zdrowie", "other", "none"]
 */
export function shownOptionOrder(
  question: SingleChoiceQuestion | MultipleChoiceQuestion | RankingQuestion,
  random: () => number,
): string[] {
  const ids = choiceIds(question);
  const last: string[] = ids.filter((id) => id === otherOptionId || id === noneOptionId);
  const order = ids.filter((id) => !last.includes(id));
  if (question.randomiseOptions) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
  }
  return [...order, ...last];
}
