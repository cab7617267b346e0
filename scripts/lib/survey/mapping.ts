/**
 * The survey-answer -> skill-level mapping, as one data table. It mirrors the table in
 * docs/validation.md ("Survey answers to skill levels"), which was written before any result was
 * seen; change both together, and list the change and its effect in that document.
 *
 * A skill takes the highest level whose condition holds; if none holds it is 0 when `zeroWhen`
 * holds, else unanswered (absent from the profile). The job title (Q5) is never read here.
 */
import type { SurveyResponse } from './read-survey';

export type Condition =
  /** At least `min` (default 1) of these options chosen in question `q`. */
  | { q: string; any: readonly string[]; min?: number }
  /** Some option of `q` chosen other than these (e.g. any cloud platform but "None"). */
  | { q: string; anyExcept: readonly string[] }
  /** Question `q` answered at all (any option, "None" included). */
  | { answered: string }
  | { all: readonly Condition[] }
  | { either: readonly Condition[] };

export interface LevelRule {
  level: number;
  when: Condition;
}

export interface SkillMapping {
  skill: string;
  rules: readonly LevelRule[];
  zeroWhen?: Condition;
  reason: string;
}

// Option texts as the 2021 file spells them (trimmed).
const CODE_UNDER_1 = ['< 1 years'];
const CODE_1_TO_5 = ['1-3 years', '3-5 years'];
const CODE_3_PLUS = ['3-5 years', '5-10 years', '10-20 years', '20+ years'];
const CODE_5_PLUS = ['5-10 years', '10-20 years', '20+ years'];
const NO_ML = 'I do not use machine learning methods';
const ML_UNDER_1 = ['Under 1 year'];
const ML_1_PLUS = [
  '1-2 years',
  '2-3 years',
  '3-4 years',
  '4-5 years',
  '5-10 years',
  '10-20 years',
  '20 or more years',
];
const ML_2_PLUS = ML_1_PLUS.slice(1);
const ML_3_PLUS = ML_1_PLUS.slice(2);

const ANALYSE = 'Analyze and understand data to influence product or business decisions';
const INFRA =
  'Build and/or run the data infrastructure that my business uses for storing, analyzing, and operationalizing data';
const PROTOTYPES = 'Build prototypes to explore applying machine learning to new areas';
const ML_SERVICE =
  'Build and/or run a machine learning service that operationally improves my product or workflows';
const IMPROVE_MODELS = 'Experimentation and iteration to improve existing ML models';
const RESEARCH = 'Do research that advances the state of the art of machine learning';

const DL_FRAMEWORKS = [
  'TensorFlow',
  'Keras',
  'PyTorch',
  'Fast.ai',
  'MXNet',
  'JAX',
  'PyTorch Lightning',
  'Huggingface',
];
const DL_ALGORITHMS = [
  'Dense Neural Networks (MLPs, etc)',
  'Convolutional Neural Networks',
  'Generative Adversarial Networks',
  'Recurrent Neural Networks',
  'Transformer Networks (BERT, gpt-3, etc)',
];
const TABULAR_FRAMEWORKS = [
  'Scikit-learn',
  'Xgboost',
  'LightGBM',
  'CatBoost',
  'Caret',
  'Tidymodels',
  'H2O 3',
];
const CV_TOOLS = 'General purpose image/video tools (PIL, cv2, skimage, etc)';
const CV_SEGMENTATION = 'Image segmentation methods (U-Net, Mask R-CNN, etc)';
const CV_DETECTION = 'Object detection methods (YOLOv3, RetinaNet, etc)';
const CV_CLASSIFICATION =
  'Image classification and other general purpose networks (VGG, Inception, ResNet, ResNeXt, NASNet, EfficientNet, etc)';
const CV_GENERATIVE = 'Generative Networks (GAN, VAE, etc)';
const NLP_EMBEDDINGS = 'Word embeddings/vectors (GLoVe, fastText, word2vec)';
const NLP_SEQ2SEQ = 'Encoder-decorder models (seq2seq, vanilla transformers)';
const NLP_CONTEXTUAL = 'Contextualized embeddings (ELMo, CoVe)';
const NLP_TRANSFORMERS = 'Transformer language models (GPT-3, BERT, XLnet, etc)';

const has = (q: string, ...options: string[]): Condition => ({ q, any: options });
const activity = (...options: string[]): Condition => has('Q24', ...options);
const all = (...conditions: Condition[]): Condition => ({ all: conditions });
const either = (...conditions: Condition[]): Condition => ({ either: conditions });
const mlUser: Condition = has('Q15', ...ML_UNDER_1, ...ML_1_PLUS);
const noMl: Condition = has('Q15', NO_ML);
const deepLearning: Condition = either(has('Q16', ...DL_FRAMEWORKS), has('Q17', ...DL_ALGORITHMS));
const anyDatabase: Condition = { q: 'Q32_A', anyExcept: ['None'] };
const anyBiTool: Condition = { q: 'Q34_A', anyExcept: ['None'] };

export const SKILL_MAPPING: readonly SkillMapping[] = [
  {
    skill: 'programming',
    rules: [
      { level: 1, when: has('Q6', ...CODE_UNDER_1) },
      { level: 2, when: has('Q6', ...CODE_1_TO_5) },
      { level: 3, when: has('Q6', ...CODE_5_PLUS) },
    ],
    zeroWhen: has('Q6', 'I have never written code'),
    reason: 'years of coding as a rough proxy for the anchors',
  },
  {
    skill: 'python',
    rules: [
      { level: 1, when: has('Q7', 'Python') },
      {
        level: 2,
        when: all(
          has('Q7', 'Python'),
          has('Q14', 'Matplotlib', 'Seaborn', 'Plotly / Plotly Express'),
        ),
      },
      { level: 3, when: all(has('Q7', 'Python'), has('Q6', ...CODE_5_PLUS)) },
    ],
    zeroWhen: { answered: 'Q7' },
    reason: 'regular use; anchor 2 names pandas-style work with matplotlib/seaborn charts',
  },
  {
    skill: 'sql',
    rules: [
      { level: 1, when: has('Q7', 'SQL') },
      { level: 2, when: all(has('Q7', 'SQL'), anyDatabase) },
    ],
    zeroWhen: { answered: 'Q7' },
    reason: 'regular SQL on real databases implies joins and grouping',
  },
  {
    skill: 'software-engineering',
    rules: [
      { level: 1, when: has('Q39', 'GitHub') },
      { level: 2, when: all(activity(INFRA, ML_SERVICE), has('Q6', ...CODE_3_PLUS)) },
    ],
    reason:
      'GitHub means Git; running production systems for years implies branches, tests and review',
  },
  {
    skill: 'data-modelling',
    rules: [{ level: 2, when: activity(INFRA) }],
    reason: 'building the store a business uses means designing its schemas',
  },
  {
    skill: 'etl-pipelines',
    rules: [{ level: 2, when: activity(INFRA) }],
    reason: 'the activity is loading and operationalising data',
  },
  {
    skill: 'big-data',
    rules: [
      {
        level: 1,
        when: either(
          has(
            'Q10',
            'Amazon EMR Notebooks',
            'Databricks Collaborative Notebooks',
            'Zeppelin / Zepl Notebooks',
          ),
          has('Q31_A', 'Databricks'),
        ),
      },
      {
        level: 2,
        when: all(
          either(
            has(
              'Q10',
              'Amazon EMR Notebooks',
              'Databricks Collaborative Notebooks',
              'Zeppelin / Zepl Notebooks',
            ),
            has('Q31_A', 'Databricks'),
          ),
          activity(INFRA),
        ),
      },
    ],
    reason: 'these are the Spark/Hadoop front ends the survey lists',
  },
  {
    skill: 'cloud-platforms',
    rules: [
      { level: 1, when: { q: 'Q27_A', anyExcept: ['None'] } },
      {
        level: 2,
        when: all(
          { q: 'Q27_A', anyExcept: ['None'] },
          either(
            { q: 'Q29_A', anyExcept: ['No / None'] },
            { q: 'Q30_A', anyExcept: ['No / None'] },
          ),
        ),
      },
    ],
    zeroWhen: { answered: 'Q27_A' },
    reason: 'using compute and storage regularly is anchor 2',
  },
  {
    skill: 'database-administration',
    rules: [{ level: 1, when: all(activity(INFRA), anyDatabase) }],
    reason: 'running the data store implies installing and restoring databases',
  },
  {
    skill: 'data-architecture',
    rules: [{ level: 1, when: activity(INFRA) }],
    reason: 'building the infrastructure implies knowing warehouse vs lake',
  },
  {
    skill: 'machine-learning',
    rules: [
      { level: 1, when: has('Q15', ...ML_UNDER_1) },
      { level: 2, when: has('Q15', ...ML_1_PLUS) },
      {
        level: 3,
        when: all(
          has('Q15', ...ML_2_PLUS),
          activity(PROTOTYPES, ML_SERVICE, IMPROVE_MODELS, RESEARCH),
        ),
      },
    ],
    zeroWhen: noMl,
    reason: 'years of ML and doing ML at work; anchors 2-3',
  },
  {
    skill: 'deep-learning',
    rules: [
      { level: 1, when: deepLearning },
      {
        level: 2,
        when: all(
          deepLearning,
          either(
            has('Q18', CV_SEGMENTATION, CV_DETECTION, CV_CLASSIFICATION, CV_GENERATIVE),
            has('Q19', NLP_SEQ2SEQ, NLP_TRANSFORMERS),
            has('Q16', 'Huggingface', 'Fast.ai'),
          ),
        ),
      },
      {
        level: 3,
        when: all(
          deepLearning,
          has('Q12', 'NVIDIA GPUs', 'Google Cloud TPUs'),
          has('Q15', ...ML_3_PLUS),
        ),
      },
    ],
    zeroWhen: either(noMl, all({ answered: 'Q16' }, { answered: 'Q17' })),
    reason:
      'pretrained-network methods are fine-tuning (anchor 2); regular GPU training for years is anchor 3',
  },
  {
    skill: 'feature-engineering',
    rules: [
      { level: 1, when: mlUser },
      {
        level: 2,
        when: all(
          has('Q15', ...ML_1_PLUS),
          either(
            has('Q16', ...TABULAR_FRAMEWORKS),
            has('Q36_A', 'Automated feature engineering/selection (e.g. tpot, boruta_py)'),
          ),
        ),
      },
    ],
    reason: 'tabular modelling means encoding and building features',
  },
  {
    skill: 'mlops',
    rules: [
      { level: 1, when: mlUser },
      { level: 2, when: either(activity(ML_SERVICE), { q: 'Q38_A', anyExcept: ['No / None'] }) },
      {
        level: 3,
        when: all(
          activity(ML_SERVICE),
          either(
            { q: 'Q38_A', anyExcept: ['No / None'] },
            { q: 'Q31_A', anyExcept: ['No / None'] },
          ),
          has('Q15', ...ML_2_PLUS),
        ),
      },
    ],
    zeroWhen: noMl,
    reason:
      'anchor 1 is saving and loading a model; 2 names MLflow; 3 is automated pipelines with registries',
  },
  {
    skill: 'llm-applications',
    rules: [{ level: 1, when: has('Q19', NLP_TRANSFORMERS) }],
    zeroWhen: either(noMl, { answered: 'Q19' }),
    reason: '2021 predates LLM apps; using GPT-3/BERT is the nearest evidence',
  },
  {
    skill: 'nlp',
    rules: [
      { level: 2, when: has('Q19', NLP_EMBEDDINGS, NLP_SEQ2SEQ, NLP_CONTEXTUAL, NLP_TRANSFORMERS) },
      { level: 3, when: all(has('Q19', NLP_SEQ2SEQ, NLP_TRANSFORMERS), has('Q15', ...ML_2_PLUS)) },
    ],
    zeroWhen: either(noMl, has('Q19', 'None')),
    reason: 'embeddings are anchor 2; fine-tuning transformers is anchor 3',
  },
  {
    skill: 'computer-vision',
    rules: [
      { level: 1, when: has('Q18', CV_TOOLS) },
      {
        level: 2,
        when: has('Q18', CV_SEGMENTATION, CV_DETECTION, CV_CLASSIFICATION, CV_GENERATIVE),
      },
      {
        level: 3,
        when: all(
          { q: 'Q18', any: [CV_SEGMENTATION, CV_DETECTION, CV_GENERATIVE], min: 2 },
          has('Q15', ...ML_2_PLUS),
        ),
      },
    ],
    zeroWhen: either(noMl, has('Q18', 'None')),
    reason:
      'the methods map onto the anchors (pretrained classifier, fine-tuned detector, segmentation systems)',
  },
  {
    skill: 'statistics',
    rules: [
      { level: 1, when: has('Q7', 'R') },
      {
        level: 2,
        when: either(
          has('Q17', 'Linear or Logistic Regression'),
          has('Q41', 'Advanced statistical software (SPSS, SAS, etc.)'),
        ),
      },
      { level: 3, when: all(has('Q17', 'Bayesian Approaches'), has('Q15', ...ML_2_PLUS)) },
    ],
    reason:
      'fitting regressions is anchor 2, Bayesian models anchor 3; statistics is used without these tools, so no 0',
  },
  {
    skill: 'experimentation',
    rules: [{ level: 2, when: activity(IMPROVE_MODELS) }],
    reason: 'evaluating models with the right metrics is anchor 2',
  },
  {
    skill: 'science',
    rules: [{ level: 3, when: activity(RESEARCH) }],
    reason: 'research projects with rigorous comparisons are anchor 3',
  },
  {
    skill: 'data-analysis',
    rules: [
      { level: 1, when: { q: 'Q41', anyExcept: [] } },
      { level: 2, when: activity(ANALYSE) },
    ],
    reason: 'anchor 2 is profiling data to find patterns worth a closer look',
  },
  {
    skill: 'data-visualisation',
    rules: [
      { level: 1, when: { q: 'Q14', anyExcept: ['None'] } },
      {
        level: 2,
        when: either(
          anyBiTool,
          has('Q14', 'Shiny', 'D3 js'),
          has('Q39', 'Plotly Dash', 'Streamlit', 'Shiny'),
        ),
      },
    ],
    reason: 'anchor 2 is an interactive dashboard; spreadsheet charts are not asked, so no 0',
  },
  {
    skill: 'business-intelligence',
    rules: [
      { level: 1, when: anyBiTool },
      { level: 2, when: all(anyBiTool, activity(ANALYSE)) },
    ],
    zeroWhen: { answered: 'Q34_A' },
    reason: 'anchor 2 is regular reports and defined metrics',
  },
];

export type Answers = SurveyResponse['answers'];

export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('either' in condition) return condition.either.some((c) => holds(c, answers));
  if ('answered' in condition) return answers.has(condition.answered);
  const chosen = answers.get(condition.q);
  if (!chosen) return false;
  if ('anyExcept' in condition) {
    for (const option of chosen) if (!condition.anyExcept.includes(option)) return true;
    return false;
  }
  let count = 0;
  for (const option of condition.any) if (chosen.has(option)) count++;
  return count >= (condition.min ?? 1);
}

/** The level a mapping gives, or undefined for unanswered. */
export function levelOf(mapping: SkillMapping, answers: Answers): number | undefined {
  let level: number | undefined;
  for (const rule of mapping.rules)
    if (holds(rule.when, answers) && (level === undefined || rule.level > level))
      level = rule.level;
  if (level !== undefined) return level;
  return mapping.zeroWhen && holds(mapping.zeroWhen, answers) ? 0 : undefined;
}

/** A person's Pathfinder profile from their survey answers: skill id -> level, unanswered absent. */
export function profileOf(
  answers: Answers,
  mappings: readonly SkillMapping[] = SKILL_MAPPING,
): Record<string, number> {
  const profile: Record<string, number> = {};
  for (const mapping of mappings) {
    const level = levelOf(mapping, answers);
    if (level !== undefined) profile[mapping.skill] = level;
  }
  return profile;
}

/** Every (question, option) pair the mapping tests, for the typo guard. */
export function optionsUsed(
  mappings: readonly SkillMapping[] = SKILL_MAPPING,
): { q: string; option: string }[] {
  const out = new Map<string, { q: string; option: string }>();
  const visit = (c: Condition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('either' in c) c.either.forEach(visit);
    else if ('any' in c)
      for (const option of c.any) out.set(`${c.q}\u0000${option}`, { q: c.q, option });
    else if ('anyExcept' in c)
      for (const option of c.anyExcept) out.set(`${c.q}\u0000${option}`, { q: c.q, option });
  };
  for (const m of mappings) {
    m.rules.forEach((r) => visit(r.when));
    if (m.zeroWhen) visit(m.zeroWhen);
  }
  return [...out.values()];
}
