// The upstream for the bench, in its own process (as a real upstream would be): a fixed MiniMax retrieve
// answer with an id beyond 2^53, over keep-alive HTTP. Prints its URL on stdout.
import { createServer } from 'node:http';

const body = Buffer.from(
  '{"file":{"file_id":9223372036854775807,"bytes":5896337,"created_at":1700469398,' +
    '"filename":"output_aigc.mp4","purpose":"video_generation","download_url":' +
    '"https://public-cdn-video-data-algeng.oss-cn-wulanchabu.aliyuncs.com/inference_output%2Fvideo%2Foutput.mp4' +
    '?Expires=1732099999&OSSAccessKeyId=LTAI5tExample&Signature=abcdefghijklmnop%3D"},' +
    '"base_resp":{"status_code":0,"status_msg":"success"}}',
);
const headers = { 'content-type': 'application/json', 'content-length': body.length, 'trace-id': 'bench' };

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
});
process.on('disconnect', () => server.close(() => process.exit(0)));
