import { QuizPage } from '@/features/quiz/quiz-page';

export function Component() {
  return <QuizPage />;
}
