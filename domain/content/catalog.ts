/**
 * Turns the raw files of content/ into a validated catalog. Pure: the caller reads the files.
 * Every problem names the file and the field so that an author can fix it without reading code.
 */
import matter from "gray-matter";
import yaml from "js-yaml";
import type { z } from "zod";
import { SimulationSchema, type Simulation } from "../simulations/simulation-schema";
import { AssignmentSchema, type Assignment } from "../assignments/assignment-schema";
import { KnowledgeCheckSchema, type KnowledgeCheck } from "./check-schema";
import { LOCALES } from "./locale";
import { LessonFrontmatterSchema, ModuleSchema, TrackSchema, type Lesson, type Module, type Track } from "./schema";

export type ContentProblem = { file: string; field: string; message: string };

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content is invalid:\n${problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join("\n")}`);
    this.name = "ContentError";
  }
}

export type ModuleWithLessons = Module & {
  trackId: string;
  lessonList: Lesson[];
  /** The module's knowledge check, from `modules/<id>/check.yaml`, if the module has one. */
  check?: KnowledgeCheck;
};
export type TrackWithModules = Track & { moduleList: ModuleWithLessons[] };

export type Catalog = {
  tracks: TrackWithModules[];
  simulations: Simulation[];
  /** Written assignments (memos graded with a rubric), from assignments/<id>.yaml. */
  assignments: Assignment[];
  assignment(id: string): Assignment | undefined;
  track(id: string): TrackWithModules | undefined;
  simulation(id: string): Simulation | undefined;
};

/** YAML without implicit dates: `2024-01-01` stays a string, as the schemas expect. */
function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

function issuesOf(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ file, field: issue.path.join(".") || "(file)", message: issue.message }));
}

/** Splits a lesson body into its language sections, marked by `<!-- en -->` and `<!-- zh -->` lines. */
function splitBody(body: string): Record<string, string> {
  const sections: Record<string, string> = {};
  const marker = /^<!--\s*(\w+)\s*-->\s*$/gm;
  const marks = [...body.matchAll(marker)];
  marks.forEach((mark, i) => {
    const start = mark.index! + mark[0].length;
    const end = marks[i + 1]?.index ?? body.length;
    sections[mark[1]!] = body.slice(start, end).trim();
  });
  return sections;
}

function parseLesson(file: string, text: string, problems: ContentProblem[]): Lesson | undefined {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: parseYaml as (input: string) => object } });
  } catch (error) {
    problems.push({ file, field: "(frontmatter)", message: `not valid YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
  const front = LessonFrontmatterSchema.safeParse(parsed.data);
  if (!front.success) {
    problems.push(...issuesOf(file, front.error));
    return undefined;
  }
  const sections = splitBody(parsed.content);
  for (const locale of LOCALES) {
    if (!sections[locale]) problems.push({ file, field: `body.${locale}`, message: `missing a "<!-- ${locale} -->" section with text` });
  }
  if (!sections.en || !sections.zh) return undefined;
  return { ...front.data, body: { en: sections.en, zh: sections.zh } };
}

function parseYamlFile<T>(file: string, text: string, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    problems.push({ file, field: "(file)", message: `not valid YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...issuesOf(file, result.error));
    return undefined;
  }
  return result.data;
}

/**
 * Builds the catalog from `files`, a map of paths relative to content/ to their text.
 * Throws ContentError listing every problem found, not only the first.
 */
export function buildCatalog(files: ReadonlyMap<string, string>): Catalog {
  const problems: ContentProblem[] = [];
  const used = new Set<string>();
  const read = (path: string) => {
    used.add(path);
    return files.get(path);
  };
  // When a file fails to parse, the files below it are not reported again as unreferenced:
  // the author sees the cause, not its echoes.
  const markFolderUsed = (folder: string) => {
    for (const path of files.keys()) if (path.startsWith(folder)) used.add(path);
  };
  const unparsedSimulations = new Set<string>();

  const simulations: Simulation[] = [];
  for (const [path, text] of files) {
    const match = /^simulations\/([^/]+)\.yaml$/.exec(path);
    if (!match) continue;
    used.add(path);
    const simulation = parseYamlFile(path, text, SimulationSchema, problems);
    if (!simulation) {
      unparsedSimulations.add(match[1]!);
      continue;
    }
    if (simulation.id !== match[1]) problems.push({ file: path, field: "id", message: `must equal the file name "${match[1]}"` });
    simulations.push(simulation);
  }
  const simulationIds = new Set(simulations.map((s) => s.id));

  const assignments: Assignment[] = [];
  for (const [path, text] of files) {
    const match = /^assignments\/([^/]+)\.yaml$/.exec(path);
    if (!match) continue;
    used.add(path);
    const assignment = parseYamlFile(path, text, AssignmentSchema, problems);
    if (!assignment) continue;
    if (assignment.id !== match[1]) problems.push({ file: path, field: "id", message: `must equal the file name "${match[1]}"` });
    assignments.push(assignment);
  }

  const tracks: TrackWithModules[] = [];
  for (const [path, text] of files) {
    const match = /^tracks\/([^/]+)\/track\.yaml$/.exec(path);
    if (!match) continue;
    used.add(path);
    const track = parseYamlFile(path, text, TrackSchema, problems);
    if (!track) {
      markFolderUsed(`tracks/${match[1]}/`);
      continue;
    }
    if (track.id !== match[1]) problems.push({ file: path, field: "id", message: `must equal the folder name "${match[1]}"` });
    track.requiredModules.forEach((id, i) => {
      if (!track.modules.includes(id)) problems.push({ file: path, field: `requiredModules.${i}`, message: `"${id}" is not listed in modules` });
    });
    const moduleList: ModuleWithLessons[] = [];
    track.modules.forEach((moduleId, i) => {
      const modulePath = `tracks/${track.id}/modules/${moduleId}/module.yaml`;
      const moduleText = read(modulePath);
      if (moduleText === undefined) {
        problems.push({ file: path, field: `modules.${i}`, message: `no file ${modulePath}` });
        return;
      }
      const module = parseYamlFile(modulePath, moduleText, ModuleSchema, problems);
      if (!module) {
        markFolderUsed(`tracks/${track.id}/modules/${moduleId}/`);
        return;
      }
      if (module.id !== moduleId) problems.push({ file: modulePath, field: "id", message: `must equal the folder name "${moduleId}"` });
      module.simulations.forEach((simulationId, j) => {
        if (!simulationIds.has(simulationId) && !unparsedSimulations.has(simulationId)) problems.push({ file: modulePath, field: `simulations.${j}`, message: `no simulation "${simulationId}" in simulations/` });
      });
      const lessonList: Lesson[] = [];
      module.lessons.forEach((lessonId, j) => {
        const lessonPath = `tracks/${track.id}/modules/${moduleId}/lessons/${lessonId}.md`;
        const lessonText = read(lessonPath);
        if (lessonText === undefined) {
          problems.push({ file: modulePath, field: `lessons.${j}`, message: `no file ${lessonPath}` });
          return;
        }
        const lesson = parseLesson(lessonPath, lessonText, problems);
        if (!lesson) return;
        if (lesson.id !== lessonId) problems.push({ file: lessonPath, field: "id", message: `must equal the file name "${lessonId}"` });
        lessonList.push(lesson);
      });
      const checkPath = `tracks/${track.id}/modules/${moduleId}/check.yaml`;
      const checkText = read(checkPath);
      const check = checkText === undefined ? undefined : parseYamlFile(checkPath, checkText, KnowledgeCheckSchema, problems);
      moduleList.push({ ...module, trackId: track.id, lessonList, ...(check ? { check } : {}) });
    });
    tracks.push({ ...track, moduleList });
  }

  for (const simulation of simulations) {
    if (!tracks.some((track) => track.id === simulation.track)) {
      problems.push({ file: `simulations/${simulation.id}.yaml`, field: "track", message: `no track "${simulation.track}"` });
    }
  }
  for (const assignment of assignments) {
    const track = tracks.find((t) => t.id === assignment.track);
    if (!track) problems.push({ file: `assignments/${assignment.id}.yaml`, field: "track", message: `no track "${assignment.track}"` });
    else if (!track.modules.includes(assignment.module)) problems.push({ file: `assignments/${assignment.id}.yaml`, field: "module", message: `"${assignment.module}" is not a module of ${track.id}` });
  }
  for (const path of files.keys()) {
    // README.md files document the format for authors; they are not content.
    if (!used.has(path) && /\.(md|yaml)$/.test(path) && !/(^|\/)README\.md$/.test(path)) {
      problems.push({ file: path, field: "(file)", message: "not referenced by any track or module (list it, or remove it)" });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  tracks.sort((a, b) => a.id.localeCompare(b.id));
  const trackById = new Map(tracks.map((t) => [t.id, t]));
  const simulationById = new Map(simulations.map((s) => [s.id, s]));
  const assignmentById = new Map(assignments.map((a) => [a.id, a]));
  return {
    tracks,
    simulations,
    assignments,
    assignment: (id) => assignmentById.get(id),
    track: (id) => trackById.get(id),
    simulation: (id) => simulationById.get(id),
  };
}
