// `npm run lint` runs this: no import cycle between files, and none between folders of lib/.
// Type-only imports count too: a type cycle still ties two files together.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "imports-run-one-way",
      severity: "error",
      comment: "app → components → lib: lib never imports the UI, components never import routes.",
      from: { path: "^(lib|components)/" },
      to: { path: "^app/" },
    },
    {
      name: "lib-below-components",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^components/" },
    },
    {
      name: "no-foreign-internals",
      severity: "error",
      comment:
        "A file named verb-noun is an operation other folders may call; write-*.ts steps and *-sql.ts fragments belong to their own folder's operations.",
      from: { path: "^lib/([^/]+)/" },
      to: { path: "^lib/[^/]+/(write-[^/]*|[^/]*-sql)\\.ts$", pathNot: "^lib/$1/" },
    },
    {
      name: "no-circular-files",
      severity: "error",
      comment: "Two files that import each other (directly or through others) can't be read or moved alone.",
      from: { path: "^(app|components|lib)/" },
      to: { circular: true },
    },
    {
      name: "no-circular-lib-folders",
      severity: "error",
      scope: "folder",
      comment:
        "Domain folders import downwards: a helper two domains need moves to the ground floor (lib/db, lib/errors.ts, lib/validation, lib/time) instead of one domain importing the other.",
      from: { path: "^lib/" },
      to: { path: "^lib/", circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^(lib/generated|node_modules|\\.next)/", "\\.test\\.tsx?$"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
