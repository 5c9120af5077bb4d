// See package.json: the ESM build of xlsx 0.18.5, under the name ipa imports.
export * from 'xlsx-0.18.5/xlsx.mjs'
