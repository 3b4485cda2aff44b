// npm run content:check – validates everything under content/ and prints what it holds.
// Exit 1 with one line per problem (file, field, what was expected) when anything is wrong.
import { ContentError } from "@/domain/content/catalog";
import { loadCatalog } from "@/server/content/load-content";

try {
  const catalog = loadCatalog();
  for (const track of catalog.tracks) {
    const lessons = track.moduleList.reduce((n, m) => n + m.lessonList.length, 0);
    const cases = track.moduleList.reduce((n, m) => n + m.simulations.length, 0);
    console.log(`${track.id} v${track.contentVersion}: ${track.moduleList.length} modules, ${lessons} lessons, ${cases} cases`);
  }
  console.log(`${catalog.simulations.length} simulations; content is valid.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(`content/${problem.file}: ${problem.field}: ${problem.message}`);
  console.error(`${error.problems.length} problem(s) in content/.`);
  process.exit(1);
}
