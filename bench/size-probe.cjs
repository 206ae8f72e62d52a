const esbuild=require("esbuild"); const zlib=require("zlib");
(async()=>{
for (const name of (process.argv[2]||"classifyStage,allocateCost,parsePortfolio").split(",")) {
 const r=await esbuild.build({stdin:{contents:`export { ${name} } from "./dist/index.js";`,resolveDir:process.cwd(),loader:"js"},bundle:true,write:false,format:"esm",platform:"browser",minify:true,external:["zod","date-fns","immer"]});
 const code=r.outputFiles[0].contents;
 console.log(name, code.length, zlib.gzipSync(code,{level:9}).length);
 if (process.argv[3]) require("fs").writeFileSync(process.argv[3], (await esbuild.build({stdin:{contents:`export { ${name} } from "./dist/index.js";`,resolveDir:process.cwd(),loader:"js"},bundle:true,write:false,format:"esm",platform:"browser",minify:false,external:["zod","date-fns","immer"]})).outputFiles[0].text);
}
})()
