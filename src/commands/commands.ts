/**
 * The ribbon's function file (manifest FunctionFile). The Home-tab button only shows the task pane
 * (ShowTaskpane), so there are no ribbon functions; Office still expects office.js on this page to
 * be initialised before it treats the add-in's commands as ready.
 */
void Office.onReady();
