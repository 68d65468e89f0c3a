/**
 * `npm run bench`: prints figures; asserts nothing (benchmarks are not tests).
 */
import { benchParser, printParserBench } from './bench-parser'

printParserBench(benchParser())
