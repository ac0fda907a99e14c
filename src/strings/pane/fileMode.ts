/** File mode (open an .xlsx or .csv, download the result) and the Excel mode frame. */

export const fileModeZh = {
  fileModeHeading: '文件模式',
  fileModeIntro: '供无法运行加载项的 Office 版本和 WPS 使用，在浏览器中完成与加载项相同的工作：',
  fileModeStepOpen: '打开 .xlsx 工作簿；',
  fileModeStepRun: '依次完成下面的工作步骤；',
  fileModeStepDownload: '下载处理后的工作簿，用 Excel 或 WPS 打开、打印。',
  fileOpen: '打开工作簿（.xlsx）',
  fileNew: '新建空白工作簿',
  fileInputLabel: '选择 .xlsx 工作簿或 .csv 名册',
  fileOpened: '已打开：{name}',
  fileCsvOpened: '“{name}”是名册文件：已新建一个工作簿，请先“设置工作簿”，再在“导入党员”中导入这份名册。',
  fileNewName: '新工作簿',
  fileOpenFailedTitle: '无法打开文件',
  fileOnlyXlsx:
    '“{name}”不是 .xlsx 工作簿或 .csv 名册。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再打开。',
  fileLostTitle: '以下内容在下载的文件中无法保持原样',
  fileLostBody:
    '本助手只添加和更新自己的工作表，工作簿中其余的工作表、图表、数据透视表、宏、批注等均原样保留，只有：',
  fileDownload: '下载处理后的工作簿',
  fileDownloadSection: '下载',
  fileDownloaded: '已下载“{name}”。原文件未改动；请用 Excel 或 WPS 打开新文件，核对后打印（Ctrl+P）。',
  fileLoadingModule: '正在载入文件处理组件…',
  excelModeHeading: '在当前工作簿中操作',
  excelModeIntro:
    '以下步骤直接在 Excel 中打开的这个工作簿里添加和更新本助手的工作表，不改动您已有的表格；完成后按 Ctrl+S 保存。',
  excelReading: '读取当前工作簿…',
  excelReload: '重新读取工作簿',
  excelReloadHint: '在 Excel 中改动了工作表（如新增花名册）后，点此让各步骤看到最新内容。',
} satisfies Record<string, string>;

export const fileModeEn: Record<keyof typeof fileModeZh, string> = {
  fileModeHeading: 'File mode',
  fileModeIntro: 'For Office versions that cannot run add-ins, and for WPS: the same work, in a browser:',
  fileModeStepOpen: 'open an .xlsx workbook;',
  fileModeStepRun: 'run the steps below in order;',
  fileModeStepDownload: 'download the resulting workbook and open or print it in Excel or WPS.',
  fileOpen: 'Open a workbook (.xlsx)',
  fileNew: 'New blank workbook',
  fileInputLabel: 'Choose an .xlsx workbook or a .csv roster',
  fileOpened: 'Opened: {name}',
  fileCsvOpened:
    '“{name}” is a roster: a new workbook was created; set it up, then import the roster under “Import members”.',
  fileNewName: 'New workbook',
  fileOpenFailedTitle: 'Cannot open the file',
  fileOnlyXlsx: '“{name}” is not an .xlsx file. Save it as an Excel workbook (*.xlsx) in Excel or WPS first.',
  fileLostTitle: 'Not kept as it was in the downloaded file',
  fileLostBody:
    'The assistant only adds and updates its own sheets; every other sheet, chart, pivot table, macro and comment is kept as it was, except:',
  fileDownload: 'Download the workbook',
  fileDownloadSection: 'Download',
  fileDownloaded:
    'Downloaded “{name}”. The original file is unchanged; open the new one in Excel or WPS, check it and print (Ctrl+P).',
  fileLoadingModule: 'Loading the file component…',
  excelModeHeading: 'In this workbook',
  excelModeIntro:
    "These steps add and update the assistant's sheets in the workbook open in Excel, leaving your own sheets alone; save with Ctrl+S when done.",
  excelReading: 'Reading this workbook…',
  excelReload: 'Read the workbook again',
  excelReloadHint: 'After changing sheets in Excel (a new roster, say), click this so the steps see them.',
};
